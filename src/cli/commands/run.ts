import { InvalidDefinitionError } from '../../compile/invalid-definition-error.js';
import { execute } from '../../runtime/execute.js';
import type { HistoryEvent } from '../../runtime/history-event.js';
import type { ExecuteOptions, ExecutionResult } from '../../runtime/options.js';
import { FileProblem, readText } from '../read-text.js';
import type { CommandIo } from './validate.js';
import { jsonTextProblem } from '../../compile/parse-definition.js';

/** Options of `statewright run`. */
export interface RunCommandOptions {
  /** The execution input as JSON text. */
  readonly input?: string;
  /** A file holding the execution input. */
  readonly inputFile?: string;
  /** A Step Functions Local MockConfigFile. */
  readonly mocks?: string;
  /** Its state machine (default: the only one in the file). */
  readonly stateMachine?: string;
  /** Its test case (default: the only one of the state machine). */
  readonly testCase?: string;
  /** Print the history too. */
  readonly events: boolean;
  /** Print the whole ExecutionResult as JSON. */
  readonly json: boolean;
}

/** A problem that stops the command before the execution runs. */
class UsageProblem extends Error {}

/**
 * Runs a definition on the virtual clock, answering its tasks from a MockConfigFile test case, and
 * prints the outcome: status then output (or error and cause), with `events` the history, with `json`
 * the whole result. Progress and the states visited go to stderr. Resolves to the exit code: 0 when
 * the execution succeeded, 1 otherwise.
 */
export async function runCommand(file: string, options: RunCommandOptions, io: CommandIo): Promise<number> {
  let result: ExecutionResult;
  try {
    const definition = await readText(file);
    const executeOptions = { input: await readInput(options), ...(await readMocks(options)) };
    io.stderr(`Running ${file}${mockDescription(executeOptions)}`);
    result = await execute(definition, executeOptions);
  } catch (error) {
    if (error instanceof InvalidDefinitionError) {
      io.stderr(`${file}: ${error.message}`);
      return 1;
    }
    if (error instanceof UsageProblem || error instanceof FileProblem || error instanceof TypeError) {
      io.stderr(`statewright run: ${error.message}`);
      return 1;
    }
    throw error;
  }
  report(result, options, io);
  return result.status === 'SUCCEEDED' ? 0 : 1;
}

function report(result: ExecutionResult, options: RunCommandOptions, io: CommandIo): void {
  const visited = result.events.flatMap((e) => (e.type.endsWith('StateEntered') && e.stateEnteredEventDetails ? [e.stateEnteredEventDetails.name] : []));
  if (visited.length > 0) io.stderr(`Visited ${visited.length} states: ${visited.join(' → ')}`);
  const seconds = (result.stopDate.getTime() - result.startDate.getTime()) / 1000;
  io.stderr(`${result.status} after ${seconds} s of execution time (virtual clock), ${result.events.length} events`);
  for (const name of result.unusedMocks ?? []) io.stderr(`warning: the mock of state '${name}' was never called`);
  if (options.json) {
    io.stdout(JSON.stringify(result, null, 2));
    return;
  }
  io.stdout(result.status);
  if (result.status === 'SUCCEEDED') io.stdout(JSON.stringify(result.output, null, 2));
  else {
    if (result.error !== undefined) io.stdout(`error: ${result.error}`);
    if (result.cause !== undefined) io.stdout(`cause: ${result.cause}`);
  }
  if (options.events) for (const event of result.events) io.stdout(eventLine(event));
}

/** `#3 (after #2) 2024-01-01T00:00:00.000Z LambdaFunctionScheduled {"resource":…}` */
function eventLine(event: HistoryEvent): string {
  const { id, previousEventId, timestamp, type, ...details } = event;
  const detail = Object.values(details)[0];
  return `#${id} (after #${previousEventId}) ${timestamp.toISOString()} ${type}${detail === undefined ? '' : ` ${JSON.stringify(detail)}`}`;
}

async function readInput(options: RunCommandOptions): Promise<unknown> {
  if (options.input !== undefined && options.inputFile !== undefined) throw new UsageProblem('give --input or --input-file, not both');
  const text = options.input ?? (options.inputFile === undefined ? undefined : await readText(options.inputFile));
  if (text === undefined) return {};
  return parseJson(text, options.input === undefined ? `--input-file ${options.inputFile ?? ''}` : '--input');
}

async function readMocks(options: RunCommandOptions): Promise<Pick<ExecuteOptions, 'mockConfig' | 'stateMachineName' | 'testCase'>> {
  if (options.mocks === undefined) {
    if (options.stateMachine !== undefined || options.testCase !== undefined) throw new UsageProblem('--state-machine and --test-case need --mocks');
    return {};
  }
  const mockConfig = parseJson(await readText(options.mocks), `--mocks ${options.mocks}`);
  const stateMachineName = options.stateMachine ?? onlyKey(mockConfig, ['StateMachines'], '--state-machine', 'state machines');
  const testCase = options.testCase ?? onlyKey(mockConfig, ['StateMachines', stateMachineName, 'TestCases'], '--test-case', `test cases of ${stateMachineName}`);
  return { mockConfig, stateMachineName, testCase };
}

/** The one key of the object at `path`, or a problem asking for the option that picks one. */
function onlyKey(value: unknown, path: readonly string[], option: string, what: string): string {
  let at: unknown = value;
  for (const key of path) at = typeof at === 'object' && at !== null && Object.hasOwn(at, key) ? (at as Record<string, unknown>)[key] : undefined;
  const keys = typeof at === 'object' && at !== null ? Object.keys(at) : [];
  const [only] = keys;
  if (only !== undefined && keys.length === 1) return only;
  throw new UsageProblem(`the MockConfigFile has ${keys.length === 0 ? 'no' : keys.length} ${what}${keys.length > 1 ? ` (${keys.join(', ')})` : ''}: pick one with ${option}`);
}

function mockDescription(options: ExecuteOptions): string {
  return options.mockConfig === undefined ? '' : ` with the mocks of ${options.stateMachineName ?? ''} / ${options.testCase ?? ''}`;
}

/** The JSON value of `text`; bad JSON or a key given twice is a one-line problem that never quotes the text. */
function parseJson(text: string, what: string): unknown {
  const problem = jsonTextProblem(text);
  if (problem !== undefined) throw new UsageProblem(`${what} is not valid JSON (${problem})`);
  return JSON.parse(text) as unknown;
}
