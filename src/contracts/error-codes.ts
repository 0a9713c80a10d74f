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
  HAZARD_INCOMPATIBLE: 409,
  NEQ_LIMIT_EXCEEDED: 409,
  NEQ_UNKNOWN: 409,
  HAZARD_CLASS_UNKNOWN: 409,
  HAZARD_OVERRIDE_REQUIRED: 409,
  HAZARD_OVERRIDE_NOT_PERMITTED: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // An import file refused before or while it is read (docs/security.md, "Uploads").
  IMPORT_TOO_LARGE_UNCOMPRESSED: 413,
  IMPORT_COMPRESSION_RATIO: 413,
  IMPORT_CELL_TOO_LONG: 413,
  IMPORT_TOO_MANY_ROWS: 413,
  IMPORT_TOO_MANY_COLUMNS: 413,
  IMPORT_MEMORY_EXCEEDED: 413,
  // A photo whose bytes no longer have the SHA-256 recorded for it.
  PHOTO_ALTERED: 409,
  // Checkpoints signed by a key other than the one the verifier holds apart.
  CHECKPOINT_KEY_MISMATCH: 409,
  CHECKPOINT_KEY_UNKNOWN: 400,
  SIGN_IN_LOCKED: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  BACKUP_TIMED_OUT: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
