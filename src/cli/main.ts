import { CommanderError } from 'commander';
import { CliError } from './cli-error';
import { buildProgram } from './program';

// Entry point of the `custodia` bin. Every failure ends as one line on stderr and a non-zero code.
async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride with code 0.
      return error.exitCode;
    }
    if (error instanceof CliError) {
      process.stderr.write(`custodia: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`custodia: ${message}\n`);
    return 1;
  }
}

const code = await main(process.argv);
// Long-running commands (serve) keep the event loop alive themselves; others end here.
if (code !== 0 || !process.argv.includes('serve')) process.exit(code);
