import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { mockFromAws } from '../../runtime/test-state/aws-request.js';
import { TestStateError } from '../../runtime/test-state/test-state-error.js';
import { testState } from '../../runtime/test-state/test-state.js';
import type { FieldValidationMode, InspectionLevel, TestStateOptions, TestStateTarget } from '../../runtime/test-state/types.js';
import type { CommandIo } from './validate.js';
import { jsonTextProblem } from '../../compile/parse-definition.js';

/** Options of `statewright test-state`, as commander parses them. */
export interface TestStateCommandOptions {
  /** The state to test, in a whole state machine definition. */
  readonly state?: string;
  readonly input?: string;
  readonly inputFile?: string;
  readonly variables?: string;
  readonly context?: string;
  readonly mockResult?: string;
  readonly mockError?: string;
  readonly mockCause?: string;
  readonly fieldValidationMode?: FieldValidationMode;
  readonly inspectionLevel?: InspectionLevel;
  readonly retrierRetryCount?: number;
  readonly mapIterationFailureCount?: number;
  readonly errorCausedByState?: string;
  readonly mapItemReaderData?: string;
  readonly revealSecrets?: boolean;
}

/** A problem with the command line or its files, before any state runs. */
class UsageProblem extends Error {}

/**
 * Tests one state as AWS's TestState API does and prints its response as JSON: the file holds one
 * state, or a whole definition with `--state` naming the state. Resolves to the exit code: 0 for any
 * response (its `status` says how the state ended), 1 when the request is refused (AWS's error code
 * and message on stderr) or a file cannot be read.
 */
export async function testStateCommand(file: string, options: TestStateCommandOptions, io: CommandIo): Promise<number> {
  try {
    const definition = parseJson(await readText(file), file);
    const target = targetOf(definition, options.state);
    const response = await testState(target, await requestOptions(options));
    io.stdout(JSON.stringify(response, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof TestStateError) {
      io.stderr(`${error.code}: ${error.message}`);
      return 1;
    }
    if (error instanceof UsageProblem) {
      io.stderr(`statewright test-state: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function targetOf(definition: unknown, stateName: string | undefined): TestStateTarget {
  if (stateName !== undefined) return { definition, stateName };
  if (typeof definition === 'object' && definition !== null && 'States' in definition) {
    throw new UsageProblem('the file holds a state machine: name the state to test with --state NAME');
  }
  return definition as TestStateTarget;
}

async function requestOptions(options: TestStateCommandOptions): Promise<TestStateOptions> {
  const input = options.inputFile !== undefined ? parseJson(await readText(options.inputFile), options.inputFile) : options.input === undefined ? undefined : parseJson(options.input, '--input');
  return {
    input,
    variables: options.variables === undefined ? undefined : (parseJson(options.variables, '--variables') as Record<string, unknown>),
    context: options.context === undefined ? undefined : (parseJson(options.context, '--context') as Record<string, unknown>),
    mock: mockOf(options),
    stateConfiguration: {
      retrierRetryCount: options.retrierRetryCount,
      mapIterationFailureCount: options.mapIterationFailureCount,
      errorCausedByState: options.errorCausedByState,
      mapItemReaderData: options.mapItemReaderData,
    },
    inspectionLevel: options.inspectionLevel,
    revealSecrets: options.revealSecrets,
  };
}

function mockOf(options: TestStateCommandOptions): TestStateOptions['mock'] {
  const errorOutput = options.mockError === undefined && options.mockCause === undefined ? undefined : { error: options.mockError ?? '', cause: options.mockCause ?? '' };
  if (options.mockResult === undefined && errorOutput === undefined) {
    if (options.fieldValidationMode !== undefined) throw new UsageProblem('--field-validation-mode needs --mock-result');
    return undefined;
  }
  return mockFromAws({ result: options.mockResult, errorOutput, fieldValidationMode: options.fieldValidationMode });
}

/** The JSON value of `text`; bad JSON or a key given twice is a one-line problem that never quotes the text. */
function parseJson(text: string, what: string): unknown {
  const problem = jsonTextProblem(text);
  if (problem !== undefined) throw new UsageProblem(`${what} is not valid JSON (${problem})`);
  return JSON.parse(text) as unknown;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageProblem(`${file} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function oneOf<const T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    const upper = value.toUpperCase();
    const found = values.find((v) => v === upper);
    if (found === undefined) throw new InvalidArgumentError(`expected ${values.join(', ')}`);
    return found;
  };
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

/** Adds `statewright test-state` to the program. */
export function registerTestStateCommand(program: Command, io: CommandIo): void {
  program
    .command('test-state')
    .description("test one state as AWS's TestState API does, in process, and print the response as JSON")
    .argument('<definition>', 'a JSON file holding one state, or a whole definition with --state')
    .option('--state <name>', 'the state to test in a whole definition')
    .option('--input <json>', 'the state input, as JSON text (default {})')
    .option('--input-file <file>', 'a file holding the state input')
    .option('--variables <json>', 'workflow variables, as a JSON object')
    .option('--context <json>', 'the context object (or parts of it), as a JSON object')
    .option('--mock-result <json>', 'the mocked result of a Task, Parallel or Map state, as JSON text')
    .option('--mock-error <error>', 'the mocked error of a Task, Parallel or Map state')
    .option('--mock-cause <cause>', 'the cause of the mocked error')
    .option('--field-validation-mode <mode>', 'check of --mock-result against the service response: STRICT (default), PRESENT or NONE', oneOf(['STRICT', 'PRESENT', 'NONE'] as const))
    .option('--inspection-level <level>', 'INFO (default), DEBUG or TRACE', oneOf(['INFO', 'DEBUG', 'TRACE'] as const))
    .option('--retrier-retry-count <n>', 'retries already made by the retrier that matches the error', count)
    .option('--map-iteration-failure-count <n>', 'Map iterations that failed', count)
    .option('--error-caused-by-state <name>', 'the state inside the Map or Parallel state that raised the mocked error')
    .option('--map-item-reader-data <text>', "what a Distributed Map's ItemReader read")
    .option('--reveal-secrets', 'accepted for parity with AWS (no HTTP trace offline)')
    .action(async (file: string, options: TestStateCommandOptions) => {
      process.exitCode = await testStateCommand(file, options, io);
    });
}
