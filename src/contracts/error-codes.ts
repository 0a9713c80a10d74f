/**
 * Every error code the API can answer with, and its HTTP status. The web app translates the code;
 * the CLI maps it to an exit code. One table, used by the server's error handler.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  WEAK_PASSWORD: 400,
  ROLE_NOT_ALLOWED: 400,
  INVALID_LINK: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_SECOND_FACTOR: 401,
  SECOND_FACTOR_PENDING: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SIGN_IN_LOCKED: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
