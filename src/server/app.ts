import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { hasLoneSurrogate } from '../core/shared/well-formed';
import type { Context } from '../use-cases/context';
import { installAuthentication } from './authentication';
import { backgroundJobs } from './background-jobs';
import type { ScheduleSettings } from './config';
import { installErrorHandling, sendError } from './error-handler';
import { startScheduler, type Scheduler } from './scheduler';
import { adminRoutes } from './routes/admin-routes';
import { authRoutes } from './routes/auth-routes';
import { healthRoutes } from './routes/health-routes';
import { organisationRoutes } from './routes/organisation-routes';
import { exportRoutes } from './routes/export-routes';
import { registryRoutes } from './routes/registry-routes';
import { userRoutes } from './routes/user-routes';
import { armouryRoutes } from './routes/armoury-routes';
import { assessmentRoutes } from './routes/assessment-routes';
import { catalogueRoutes } from './routes/catalogue-routes';
import { hazardRoutes } from './routes/hazard-routes';
import { importRoutes } from './routes/import-routes';
import { tracingRoutes } from './routes/tracing-routes';
import { incidentRoutes } from './routes/incident-routes';
import { lostStolenRoutes } from './routes/lost-stolen-routes';

export interface AppOptions {
  readonly ctx: Context;
  /** pino options, or false for no logs (tests). */
  readonly logger: boolean | { level: string };
  /** Folder of the built web app; served with SPA fallback when present. */
  readonly webRoot?: string | undefined;
  readonly secureCookies?: boolean;
  readonly trustProxy?: boolean;
  /** Per-IP request budget; tests that hammer the API raise it. */
  readonly rateLimitPerMinute?: number;
  /** Per-IP budget for sign-in attempts and one-time links (default 30 a minute). */
  readonly signInAttemptsPerMinute?: number;
  readonly newRequestId: () => string;
  /** Background jobs' intervals (the served app); none run when absent (tests start them by hand). */
  readonly schedule?: ScheduleSettings;
  /** Where log lines go (default standard output); tests read them. */
  readonly logStream?: { write(line: string): void };
}

/** Query parameters whose values are secrets (one-time link tokens, codes, keys): never logged. */
const SECRET_PARAMETER = /token|secret|password|code|key|signature|otp/i;

/** A URL as it may be logged: the values of secret-bearing query parameters replaced. */
export function redactUrl(url: string): string {
  const question = url.indexOf('?');
  if (question < 0) return url;
  const query = url
    .slice(question + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // keep the raw name
      }
      return equals >= 0 && SECRET_PARAMETER.test(decoded) ? `${name}=[REDACTED]` : pair;
    })
    .join('&');
  return `${url.slice(0, question)}?${query}`;
}

/** Where in a parsed JSON body a NUL or a lone surrogate sits, or null (iterative: depth is unbounded). */
export function findUnstorableText(body: unknown): { path: string; problem: 'NUL' | 'surrogate' } | null {
  const stack: Array<[unknown, string]> = [[body, '']];
  const check = (text: string) =>
    text.includes('\u0000') ? ('NUL' as const) : hasLoneSurrogate(text) ? ('surrogate' as const) : null;
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = check(value);
      if (problem) return { path: path || '(root)', problem };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, path ? `${path}.${i}` : String(i)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        const problem = check(key);
        if (problem) return { path: at, problem };
        stack.push([item, at]);
      }
    }
  }
  return null;
}

/** The composition root: plugins and hooks in order, each with why it is there. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Request lines carry the URL with secret query values redacted (invitation tokens and the like).
    logger:
      options.logger === false
        ? false
        : {
            ...(options.logger === true ? {} : options.logger),
            ...(options.logStream ? { stream: options.logStream } : {}),
            serializers: {
              req: (req: { method: string; url: string; host?: string; ip?: string }) => ({
                method: req.method,
                url: redactUrl(req.url),
                host: req.host,
                remoteAddress: req.ip,
              }),
            },
          },
    trustProxy: options.trustProxy ?? false,
    // A request id on every log line and every response, taken from a proxy when it sends one.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(incoming)
        ? incoming
        : options.newRequestId();
    },
    bodyLimit: 1024 * 1024,
    // Errors the router raises before any hook (bad URL encoding, over-long parameter) get the same JSON shape.
    frameworkErrors: (error, _request, reply) => {
      const code = (error as { code?: string }).code;
      const message =
        code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long' : 'The URL is not valid';
      void sendError(reply as unknown as FastifyReply, 'VALIDATION_FAILED', message);
    },
  }).withTypeProvider<ZodTypeProvider>();

  // Requests are validated and responses serialised by the same zod contracts the OpenAPI document shows.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const schedule = options.schedule;
  if (schedule) {
    let scheduler: Scheduler | undefined;
    app.addHook('onReady', async () => {
      scheduler = startScheduler(backgroundJobs(options.ctx, schedule), options.ctx.log);
    });
    app.addHook('onClose', async () => scheduler?.stop());
  }

  // No text we store or search may hold a NUL character (PostgreSQL cannot store one): refuse it
  // once here, for every query string and path, instead of in each schema.
  app.addHook('preValidation', async (request, reply) => {
    const values = [
      ...Object.values((request.query ?? {}) as Record<string, unknown>),
      ...Object.values((request.params ?? {}) as Record<string, unknown>),
    ];
    const texts = values.map((v) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join('') : ''));
    if (texts.some((v) => v.includes('\u0000'))) {
      return sendError(reply, 'VALIDATION_FAILED', 'The URL holds a NUL character');
    }
    if (texts.some(hasLoneSurrogate)) {
      return sendError(reply, 'VALIDATION_FAILED', 'The URL holds an invalid character (a lone surrogate)');
    }
    // The same for every text of a JSON body, keys included: PostgreSQL cannot store a NUL, and a lone
    // surrogate cannot be encoded (the ledger's canonical form is UTF-8). A 400 naming the field.
    const found = findUnstorableText(request.body);
    if (found) {
      const what = found.problem === 'NUL' ? 'a NUL character' : 'an invalid character (a lone surrogate)';
      return sendError(reply, 'VALIDATION_FAILED', `body ${found.path}: holds ${what}`, {
        fields: [{ location: 'body', path: found.path, message: `holds ${what}` }],
      });
    }
  });

  // Nothing the API answers may be kept by a browser or proxy cache: the answers of a signed-in
  // person (JSON, CSV, PDF) stay on the screen that asked for them (OWASP ASVS 8.2.1).
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  // Security headers; the CSP allows Mantine's inline styles and data: images (QR codes).
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  // A broad per-IP budget for everything; sign-in and links have tighter limits on their routes.
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 600,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'FST_ERR_RATE_LIMITED',
      message: `Too many requests: retry in ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Custodia API',
        version: '1',
        description: 'Control of private-security firearms and ammunition',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'custodia_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAuthentication(app, options.ctx, { secureCookies: options.secureCookies ?? false });
  // Uploads (photos, import files): one file per request; each route sets its own size limit.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 10, parts: 11 } });

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(healthRoutes(options.ctx));
      await api.register(
        authRoutes(options.ctx, {
          secureCookies: options.secureCookies ?? false,
          attemptsPerMinute: options.signInAttemptsPerMinute ?? 30,
        }),
      );
      await api.register(organisationRoutes(options.ctx));
      await api.register(userRoutes(options.ctx));
      await api.register(adminRoutes(options.ctx));
      await api.register(registryRoutes(options.ctx));
      await api.register(exportRoutes(options.ctx));
      await api.register(catalogueRoutes(options.ctx));
      await api.register(importRoutes(options.ctx));
      await api.register(hazardRoutes(options.ctx));
      await api.register(assessmentRoutes(options.ctx));
      await api.register(armouryRoutes(options.ctx));
      await api.register(tracingRoutes(options.ctx));
      await api.register(incidentRoutes(options.ctx));
      await api.register(lostStolenRoutes(options.ctx));
    },
    { prefix: '/api/v1' },
  );

  const webRoot = options.webRoot;
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: ['index.html'],
      // Brotli/gzip copies written at build (vite.config.ts) are sent to browsers that accept them.
      preCompressed: true,
      // Hashed assets never change under their name: cached for a year. index.html names the
      // current ones, so it is revalidated on every visit.
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  // Unknown API routes answer JSON 404; any other GET is a client-side route of the web app.
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`);
  });

  return app;
}
