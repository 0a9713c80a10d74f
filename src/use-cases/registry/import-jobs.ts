import { rm } from 'node:fs/promises';
import type { Actor } from '../../core/access/actor';
import type { RowError } from '../../core/registry/row-error';
import { AppError, notFound } from '../app-error';
import type { Context, RequestInfo } from '../context';
import { checkArchiveLimits } from '../import/import-limits';
import {
  readHeaderIsolated as readHeader,
  readSpreadsheetIsolated as readSpreadsheet,
  removeLeftoverUploads,
} from '../import/read-isolated';
import { recordAuditEvent } from '../record-audit-event';
import { withoutServerPaths } from '../without-server-paths';
import { writableBook } from './book-access';
import { importAmmunitionRows } from './import-ammunition';
import { importFirearmRows, type ImportOptions, type ImportResult } from './import-firearms';

/*
 * The web import wizard (upload → preview → commit → report) as jobs: the uploaded file is checked
 * in the background with the same all-or-nothing import the command line runs (dry run), the
 * browser polls for progress, and a commit re-runs it for real — every row is checked again inside
 * the writing transaction, so a registry that changed in between cannot let a bad row in.
 * Jobs live in the server's memory (one process serves a national instance); a restart forgets
 * them and the user uploads again — nothing was written by an unfinished job.
 */

export type ImportKind = 'firearms' | 'ammunition';
export type ImportJobStatus = 'validating' | 'ready' | 'invalid' | 'committing' | 'committed' | 'failed';

const PREVIEW_ROWS = 200;
const ERRORS_SHOWN = 1000;
const JOB_LIFETIME_MS = 60 * 60 * 1000;

interface ImportJob {
  readonly id: string;
  readonly organisationId: string;
  readonly kind: ImportKind;
  readonly fileName: string;
  readonly path: string;
  readonly facilityCode: string | null;
  readonly ownerKey: string;
  readonly actor: Actor;
  readonly request: RequestInfo;
  readonly createdAt: string;
  status: ImportJobStatus;
  progress: { phase: 'validate' | 'commit'; rows: number };
  rowsRead: number;
  rowsValid: number;
  errors: readonly RowError[];
  preview: Array<{ line: number; ok: boolean; values: Record<string, string> }>;
  entriesWritten: number;
  message: string | null;
  /** The error code of a refused file (a limit named: IMPORT_CELL_TOO_LONG, …), or null. */
  errorCode: string | null;
  finishedAt: string | null;
  expiresAt: number;
}

function ownerKeyOf(actor: Actor): string {
  return actor.userId ? `user:${actor.userId}` : `token:${actor.apiTokenId ?? ''}`;
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly ctx: Context) {
    // Upload files a crash left behind (docs/security.md, "Uploads").
    void removeLeftoverUploads().then(
      (removed) => removed > 0 && ctx.log.info({ removed }, 'leftover upload files removed'),
      () => undefined,
    );
  }

  /** Start checking an uploaded file; the caller polls `read` for progress. */
  async start(
    actor: Actor,
    input: {
      organisationId: string;
      kind: ImportKind;
      facilityCode: string | null;
      fileName: string;
      path: string;
    },
    request: RequestInfo,
  ) {
    this.sweep();
    await writableBook(this.ctx.database.db, actor, input.organisationId, 'import');
    // A ZIP bomb is refused here, before any job starts (413 naming the limit).
    await checkArchiveLimits(input.path);
    const job: ImportJob = {
      id: this.ctx.newId(),
      ...input,
      ownerKey: ownerKeyOf(actor),
      actor,
      request,
      createdAt: this.ctx.now(),
      status: 'validating',
      progress: { phase: 'validate', rows: 0 },
      rowsRead: 0,
      rowsValid: 0,
      errors: [],
      preview: [],
      entriesWritten: 0,
      message: null,
      errorCode: null,
      finishedAt: null,
      expiresAt: Date.now() + JOB_LIFETIME_MS,
    };
    this.jobs.set(job.id, job);
    void this.run(job, true);
    return present(job);
  }

  read(actor: Actor, id: string) {
    return present(this.owned(actor, id));
  }

  /** Write the checked file to the book, all rows or none. */
  commit(actor: Actor, id: string) {
    const job = this.owned(actor, id);
    if (job.status !== 'ready') {
      throw new AppError('CONFLICT', `This import cannot be committed: it is ${job.status}`, {
        status: job.status,
      });
    }
    job.status = 'committing';
    job.progress = { phase: 'commit', rows: 0 };
    void this.run(job, false);
    return present(job);
  }

  /** Every problem found, as CSV (line, column, code, reason). */
  reportCsv(actor: Actor, id: string): { fileName: string; body: string } {
    const job = this.owned(actor, id);
    const cell = (value: string | number) => {
      const text = String(value);
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    const lines = ['line,column,code,reason'];
    for (const e of job.errors) lines.push([e.line, e.column, e.code, e.reason].map(cell).join(','));
    return { fileName: `import-${job.kind}-report.csv`, body: `\uFEFF${lines.join('\r\n')}\r\n` };
  }

  /** Wait until a job is no longer running (tests, shutdown). */
  async settled(id: string): Promise<void> {
    while (['validating', 'committing'].includes(this.jobs.get(id)?.status ?? '')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    for (const id of this.jobs.keys()) await this.settled(id);
    for (const job of this.jobs.values()) await rm(job.path, { force: true });
    this.jobs.clear();
  }

  private owned(actor: Actor, id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job || job.ownerKey !== ownerKeyOf(actor)) throw notFound('Import');
    return job;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.expiresAt < now && !['validating', 'committing'].includes(job.status)) {
        this.jobs.delete(id);
        void rm(job.path, { force: true });
      }
    }
  }

  private async run(job: ImportJob, dryRun: boolean): Promise<void> {
    try {
      const header = await readHeader(job.path);
      const options: ImportOptions = {
        organisationId: job.organisationId,
        header,
        rows: () => readSpreadsheet(job.path),
        defaultFacilityCode: job.facilityCode,
        dryRun,
        onProgress: (phase, rows) => {
          job.progress = { phase, rows };
        },
      };
      const importRows = job.kind === 'firearms' ? importFirearmRows : importAmmunitionRows;
      const result = await importRows(this.ctx, job.actor, options);
      if (dryRun) await this.fillPreview(job, result);
      this.finish(job, result, dryRun);
      if (!dryRun && result.committed) {
        await recordAuditEvent(this.ctx, this.ctx.database.db, job.request, {
          type: 'import-committed',
          organisationId: job.organisationId,
          actorUserId: job.actor.userId,
          details: { kind: job.kind, fileName: job.fileName, entries: result.entriesWritten },
        });
      }
    } catch (error) {
      job.status = 'failed';
      job.message = withoutServerPaths(error instanceof Error ? error.message : String(error), [job.path]);
      job.errorCode = error instanceof AppError ? error.code : null;
      job.finishedAt = this.ctx.now();
      if (!(error instanceof AppError)) this.ctx.log.error({ err: error }, 'import job failed');
    }
    if (job.status === 'committed' || job.status === 'failed') await rm(job.path, { force: true });
  }

  private finish(job: ImportJob, result: ImportResult, dryRun: boolean): void {
    job.rowsRead = result.rowsRead;
    job.rowsValid = result.rowsValid;
    job.errors = result.errors;
    job.entriesWritten = result.entriesWritten;
    job.finishedAt = this.ctx.now();
    if (result.errors.length > 0) {
      job.status = 'invalid';
      job.message = `${result.errors.length} problems in ${new Set(result.errors.map((e) => e.line)).size} rows of ${result.rowsRead}: nothing can be imported`;
    } else if (result.rowsRead === 0) {
      job.status = 'invalid';
      job.message = 'The file has no rows under its header';
    } else {
      job.status = dryRun ? 'ready' : 'committed';
      job.message = null;
    }
  }

  private async fillPreview(job: ImportJob, result: ImportResult): Promise<void> {
    const badLines = new Set(result.errors.map((e) => e.line));
    job.preview = [];
    for await (const row of readSpreadsheet(job.path)) {
      if (job.preview.length >= PREVIEW_ROWS) break;
      job.preview.push({ line: row.line, ok: !badLines.has(row.line), values: { ...row.record } });
    }
  }
}

function present(job: ImportJob) {
  return {
    id: job.id,
    organisationId: job.organisationId,
    kind: job.kind,
    fileName: job.fileName,
    status: job.status,
    progress: job.progress,
    rowsRead: job.rowsRead,
    rowsValid: job.rowsValid,
    errorCount: job.errors.length,
    errors: job.errors.slice(0, ERRORS_SHOWN).map((e) => ({
      line: e.line,
      column: e.column,
      code: e.code,
      reason: e.reason,
    })),
    preview: job.preview,
    entriesWritten: job.entriesWritten,
    message: job.message,
    errorCode: job.errorCode,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
