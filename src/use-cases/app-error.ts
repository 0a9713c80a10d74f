import type { ErrorCode } from '../contracts/error-codes';

/** A failure a use-case reports to its caller; the server maps the code to a status, the CLI to an exit code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found`);
}

export function forbidden(message = 'You may not do this'): AppError {
  return new AppError('FORBIDDEN', message);
}
