import type { Command } from 'commander';
import { reportAsInvalidInput } from '../command-input';
import type { CliIo } from '../io';

/** `custodia assessment score FILE|- [--json]`: the command-line contract of issue 7. */
export function registerAssessmentCommands(program: Command, io: CliIo): void {
  const assessment = program
    .command('assessment')
    .description('RRPL scoring of armoury assessments')
    // Contract: invalid input ends with exit 2 and one line on stderr, so commander's own error
    // output (and the help it shows after an error) is silenced and its errors become CliErrors.
    .showHelpAfterError(false)
    .configureOutput({ outputError: () => undefined })
    .exitOverride(reportAsInvalidInput);

  assessment
    .command('score')
    .description('score answers against a checklist: weighted score per RRPL level, gated on critical items')
    .argument('<file>', 'JSON file {"template": {...}, "answers": {...}}, or - to read standard input')
    .option('--json', 'print {"levels": {...}, "achievedLevel": N}')
    .action(async (file: string, options: { json?: boolean }) =>
      (await import('./assessment-action')).scoreFile(io, file, options),
    );
}
