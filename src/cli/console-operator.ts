import type { Actor } from '../core/access/actor';
import type { CliIo } from './io';

/** The console operator acts as the company's own manager would (recorded as "cli"). */
export function consoleActor(organisationId: string): Actor {
  return {
    userId: null,
    apiTokenId: 'cli',
    organisationId,
    organisationKind: 'psc',
    countryCode: '',
    roles: ['psc-manager'],
  } as unknown as Actor;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An import's problems as CSV on standard output (line, column, code, reason), for the operator. */
export function writeProblemsCsv(
  io: CliIo,
  errors: readonly { line: number; column: string; code: string; reason: string }[],
): void {
  if (errors.length === 0) return;
  io.stdout.write('line,column,code,reason\n');
  for (const e of errors)
    io.stdout.write(`${[e.line, e.column, e.code, e.reason].map(csvField).join(',')}\n`);
}
