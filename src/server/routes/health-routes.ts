import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponse } from '../../contracts/dashboard';
import { ErrorResponse } from '../../contracts/common';
import { AppError } from '../../use-cases/app-error';
import { checkDatabase } from '../../use-cases/check-database';
import type { Context } from '../../use-cases/context';

export function healthRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        config: { public: true },
        schema: {
          tags: ['system'],
          summary: 'Liveness with a database round trip',
          response: { 200: HealthResponse, 503: ErrorResponse },
        },
      },
      async () => {
        try {
          await checkDatabase(ctx);
        } catch {
          throw new AppError('UNAVAILABLE', 'The database does not answer');
        }
        return { status: 'ok' as const };
      },
    );
  };
}
