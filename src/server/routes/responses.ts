import type { ZodType } from 'zod';
import { ErrorResponse } from '../../contracts/common';

/** Success schemas plus the error shape every endpoint can answer with, for the OpenAPI document. */
export function withErrors<T extends Record<number, ZodType>>(success: T) {
  return {
    ...success,
    400: ErrorResponse,
    401: ErrorResponse,
    403: ErrorResponse,
    404: ErrorResponse,
    409: ErrorResponse,
    429: ErrorResponse,
  };
}
