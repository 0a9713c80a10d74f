import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../use-cases/context';

export function armouryRoutes(_ctx: Context): FastifyPluginAsyncZod {
  return async (_app) => {};
}
