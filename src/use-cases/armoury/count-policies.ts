import { AppError } from '../app-error';

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function listCountPolicies(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function listCountsDue(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function setCountPolicies(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}
