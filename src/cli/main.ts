#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { registerImportCommand } from './commands/import.js';
import { runCommand, type RunCommandOptions } from './commands/run.js';
import { registerBuildCommand } from './commands/build.js';
import { registerGraphCommand } from './commands/graph.js';
import { registerTestStateCommand } from './commands/test-state.js';
import { validateCommand } from './commands/validate.js';

const io = {
  stdout: (line: string) => process.stdout.write(`${line}\n`),
  stderr: (line: string) => process.stderr.write(`${line}\n`),
};

function machineType(value: string): 'STANDARD' | 'EXPRESS' {
  const upper = value.toUpperCase();
  if (upper === 'STANDARD' || upper === 'EXPRESS') return upper;
  throw new InvalidArgumentError('expected STANDARD or EXPRESS');
}

const program = new Command('statewright').description('Typed AWS Step Functions workflows: validate, build and run ASL');

program
  .command('validate')
  .description('validate ASL definition files as AWS Step Functions does')
  .argument('<files...>', 'ASL JSON files')
  .option('--type <type>', 'state machine type: STANDARD or EXPRESS', machineType, 'STANDARD' as const)
  .option('--json', 'print the diagnostics as JSON', false)
  .action(async (files: string[], options: { type: 'STANDARD' | 'EXPRESS'; json: boolean }) => {
    process.exitCode = await validateCommand(files, options, io);
  });

program
  .command('run')
  .description('run an ASL definition in process on a virtual clock, its tasks answered by a Step Functions Local MockConfigFile')
  .argument('<definition>', 'ASL JSON file')
  .option('--input <json>', 'the execution input, as JSON text (default {})')
  .option('--input-file <file>', 'a file holding the execution input')
  .option('--mocks <file>', 'a Step Functions Local MockConfigFile.json')
  .option('--state-machine <name>', 'its state machine (default: the only one)')
  .option('--test-case <name>', 'its test case (default: the only one)')
  .option('--events', 'print the history events too', false)
  .option('--json', 'print the whole execution result, events included, as JSON', false)
  .action(async (file: string, options: RunCommandOptions) => {
    process.exitCode = await runCommand(file, options, io);
  });

registerTestStateCommand(program, io);
registerImportCommand(program, io);
registerBuildCommand(program, io);
registerGraphCommand(program, io);

program.parseAsync().catch((error: unknown) => {
  io.stderr(`statewright: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
