import { Command } from 'commander';
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
 * The `custodia` command tree. Each command lives in its own file under commands/ and
 * exports a register function; this file only wires them together.
 */
export function buildProgram(): Command {
  const program = new Command('custodia')
    .description('Custodia: control of private-security firearms and ammunition')
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerDbCommands(program);
  registerUserCommands(program);
  registerDemoCommands(program);
  registerLedgerCommands(program);
  registerImportCommands(program);
  registerHazardCommands(program);
  registerAssessmentCommands(program);
  registerTraceCommands(program);
  registerArmouryCommands(program);
  return program;
}
