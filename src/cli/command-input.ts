import { readFile } from 'node:fs/promises';
import type { CommanderError } from 'commander';
import { CliError } from './cli-error';
import type { CliIo } from './io';

/** Exit code of the JSON contracts (`hazard`, `assessment`) for input that cannot be used. */
export const INVALID_INPUT = 2;

/** A usage error of a contract command exits 2 like any other invalid input; --help still exits 0. */
export function reportAsInvalidInput(error: CommanderError): never {
  const isHelp = ['commander.help', 'commander.helpDisplayed', 'commander.version'].includes(error.code);
  if (error.exitCode === 0 || isHelp) throw error;
  throw new CliError(error.message.replace(/^error: /, ''), INVALID_INPUT);
}

/** Everything on standard input, as UTF-8 text. */
export async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of FILE, or of standard input for "-". */
export async function readInput(io: CliIo, file: string): Promise<string> {
  try {
    if (file === '-') return await readStdin(io);
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`, INVALID_INPUT);
  }
}
