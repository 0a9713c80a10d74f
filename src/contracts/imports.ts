import { z } from 'zod';
import { Id, IsoInstant } from './common';

// The web import wizard: an uploaded file checked as a job (progress polled), then committed.

export const ImportKind = z.enum(['firearms', 'ammunition']);
export const ImportJob = z.object({
  id: Id,
  organisationId: Id,
  kind: ImportKind,
  fileName: z.string(),
  status: z.enum(['validating', 'ready', 'invalid', 'committing', 'committed', 'failed']),
  progress: z.object({ phase: z.enum(['validate', 'commit']), rows: z.number().int() }),
  rowsRead: z.number().int(),
  rowsValid: z.number().int(),
  errorCount: z.number().int(),
  errors: z
    .array(z.object({ line: z.number().int(), column: z.string(), code: z.string(), reason: z.string() }))
    .describe('the first 1,000 problems; the report has them all'),
  preview: z
    .array(z.object({ line: z.number().int(), ok: z.boolean(), values: z.record(z.string(), z.string()) }))
    .describe('the first 200 rows with their status'),
  entriesWritten: z.number().int(),
  message: z.string().nullable(),
  errorCode: z
    .string()
    .nullable()
    .optional()
    .describe('for a refused file, the error code naming the limit (IMPORT_CELL_TOO_LONG, …)'),
  createdAt: IsoInstant,
  finishedAt: IsoInstant.nullable(),
});
export const ImportTemplateParams = z.object({ kind: ImportKind });
export const ImportTemplateQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
