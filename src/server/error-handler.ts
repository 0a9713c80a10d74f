import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_STATUS, type ErrorCode } from '../contracts/error-codes';
import { AppError } from '../use-cases/app-error';

interface FieldProblem {
  readonly location: string;
  readonly path: string;
  readonly message: string;
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown) {
  return reply
    .code(ERROR_STATUS[code])
    .send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

function fieldsFromValidation(error: FastifyError): FieldProblem[] {
  const location = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const raw = (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
    const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
    return { location, path: raw || missing || '(root)', message: v.message ?? 'invalid' };
  });
}

/**
 * The one place where failures become HTTP answers: `{"error":{"code","message","details"}}`.
 * Unknown errors are logged with the request id and answered as 500 without internals.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (ERROR_STATUS[error.code] >= 500) request.log.error({ err: error }, error.message);
      if (error.code === 'SIGN_IN_LOCKED' || error.code === 'RATE_LIMITED') {
        const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (retry) reply.header('retry-after', String(retry));
      }
      return sendError(reply, error.code, error.message, error.details);
    }
    if (error.validation) {
      const fields = fieldsFromValidation(error);
      const first = fields[0];
      const message = first
        ? `${first.location} ${first.path}: ${first.message}`
        : 'The request is not valid';
      return sendError(reply, 'VALIDATION_FAILED', message, { fields });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(reply, 'PAYLOAD_TOO_LARGE', 'The request body is too large');
      case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
        return sendError(reply, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
      case 'FST_REQ_FILE_TOO_LARGE':
      case 'FST_PARTS_LIMIT':
      case 'FST_FILES_LIMIT':
      case 'FST_FIELDS_LIMIT':
        return sendError(reply, 'PAYLOAD_TOO_LARGE', 'The upload is too large or has too many parts');
      case 'FST_ERR_RATE_LIMITED':
        return sendError(reply, 'RATE_LIMITED', 'Too many requests: slow down');
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendError(reply, 'RATE_LIMITED', 'Too many requests: slow down');
    if (status >= 400 && status < 500) {
      // Malformed JSON, empty JSON body, bad content length, and the like.
      return sendError(reply, 'VALIDATION_FAILED', error.message || 'The request is not valid');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(
      reply,
      'INTERNAL',
      'Something went wrong on the server; the request id identifies it in the log',
    );
  });
}
