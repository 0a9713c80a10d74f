import { AppError } from '../app-error';

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function closeCount(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function recordCount(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function resolveCountDiscrepancy(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function startCount(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/require-await
export async function submitCount(..._args: unknown[]): Promise<any> {
  throw new AppError('UNAVAILABLE', 'Not implemented yet');
}
