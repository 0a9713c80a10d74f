import { z } from 'zod';
import { ERROR_STATUS } from './error-codes';

export const Id = z.uuid().describe('UUIDv7 identifier');
export const IsoInstant = z.iso.datetime({ offset: false }).describe('ISO-8601 UTC instant');
export const Language = z.enum(['es', 'en']);
export type Language = z.infer<typeof Language>;
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, e.g. PE')
  .describe('ISO 3166-1 alpha-2');

export const ErrorResponse = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const IdParams = z.object({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

export const OkResponse = z.object({ ok: z.literal(true) });

/** Paging for lists: offset-based, bounded. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
