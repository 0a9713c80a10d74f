import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error';
import type { CliIo } from './io';
import { registerArmouryCommands } from './commands/armoury-command';
import { registerAssessmentCommands } from './commands/assessment-command';
import { registerDbCommands } from './commands/db-command';
import { registerDemoCommands } from './commands/demo-command';
import { registerHazardCommands } from './commands/hazard-command';
import { registerImportCommands } from './commands/import-command';
import { registerLedgerCommands } from './commands/ledger-command';
import { registerServeCommand } from './commands/serve-command';
import { registerTraceCommands } from './commands/trace-command';
import { registerUserCommands } from './commands/user-command';

/**
 * The `custodia` command tree. Each command lives in its own file under commands/: a
 * `*-command.ts` declares its name, arguments and options (commander only, so `--help` loads
 * nothing else), and its action imports the `*-action.ts` that does the work only when it runs,
 * so `custodia hazard assess` never loads Fastify, exceljs or pdfmake.
 */
export function buildProgram(io: CliIo): Command {
  const program = new Command('custodia')
    .description('Custodia: control of private-security firearms and ammunition')
    // Before any subcommand is added: subcommands inherit the output and the exit override.
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    })
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program, io);
  registerDbCommands(program, io);
  registerUserCommands(program, io);
  registerDemoCommands(program, io);
  registerLedgerCommands(program, io);
  registerImportCommands(program, io);
  registerHazardCommands(program, io);
  registerAssessmentCommands(program, io);
  registerTraceCommands(program, io);
  registerArmouryCommands(program, io);
  return program;
}

/**
 * Run one `custodia` command line (the arguments after the program name) and answer its exit
 * code. Never exits the process: the bin (main.ts) does, and tests call this in-process. Every
 * failure ends as one line on io.stderr ("custodia: <message>") and a non-zero code.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help ends through exitOverride with code 0; commander has already written its message.
      return error.exitCode;
    }
    if (error instanceof CliError) {
      io.stderr.write(`custodia: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`custodia: ${message}\n`);
    return 1;
  }
}
