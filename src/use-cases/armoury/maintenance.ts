import { AppError } from '../app-error';

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function closeMaintenance(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function listMaintenance(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function openMaintenance(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}
