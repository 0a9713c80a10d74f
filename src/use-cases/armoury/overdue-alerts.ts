import { AppError } from '../app-error';

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function acknowledgeAlert(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function listAlerts(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function sweepOverdueForOrganisation(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}
