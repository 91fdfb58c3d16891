import type { Catcher, State } from '../../asl/index.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';
import { asAslError } from '../error-matching.js';
import type { AslError } from '../errors.js';
import { jsonPathCatch, type CatchOutcome, type ErrorHandling } from '../retry-catch.js';
import { FailStateError } from '../states/fail.js';
import { jsonataCatch } from '../states/jsonata/catch.js';
import { checkMockFields, checkRequest, hasTaskToken } from './check-request.js';
import { judgeError } from './error-handling.js';
import { checkMockResult } from './field-validation.js';
import { resolveTarget, type ResolvedTarget } from './resolve-target.js';
import { JSONATA_TESTS } from './run-jsonata.js';
import { JSONPATH_TESTS } from './run-jsonpath.js';
import { testRun, type TestRun } from './test-run.js';
import type { InspectionData, TestStateOptions, TestStateResult, TestStateTarget } from './types.js';

/**
 * Runs one state as AWS's TestState API does, in-process: with the given input, variables, context
 * object, state configuration and mock, and returns AWS's response: the status (`SUCCEEDED`, `FAILED`,
 * `RETRIABLE`, `CAUGHT_ERROR`), output, error, cause, next state and, at `DEBUG` and `TRACE`, the data
 * after each step. A request AWS refuses rejects with a {@link TestStateError} carrying AWS's code.
 *
 * @example
 * ```ts
 * import { testState } from 'statewright/runtime';
 *
 * const response = await testState(
 *   { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, ResultSelector: { 'status.$': '$.Payload' }, End: true },
 *   { input: { jobId: 'j-1' }, mock: { result: { Payload: 'RUNNING' } }, inspectionLevel: 'DEBUG' },
 * );
 * console.log(response.status, response.output); // SUCCEEDED { status: 'RUNNING' }
 * console.log(response.inspectionData?.afterParameters); // { Payload: { jobId: 'j-1' } }
 * ```
 */
export async function testState(target: TestStateTarget, options: TestStateOptions = {}): Promise<TestStateResult> {
  checkMockFields(options.mock);
  const resolved = resolveTarget(target);
  checkRequest(resolved, options);
  await checkMockResult(resolved.state, options.mock);
  const input = options.input === undefined ? {} : options.input;
  const test = testRun(resolved, input, options.variables, contextWithToken(resolved.state, options.context), options.stateConfiguration?.retrierRetryCount ?? 0);
  test.inspection.input = input;
  const result = await outcomeOf(test, resolved, options);
  const inspectionData = (options.inspectionLevel ?? 'INFO') === 'INFO' ? undefined : inspectionWithVariables(test);
  return inspectionData === undefined ? result : { ...result, inspectionData };
}

async function outcomeOf(test: TestRun, target: ResolvedTarget, options: TestStateOptions): Promise<TestStateResult> {
  const { run } = test;
  try {
    return succeeded(test, await runTest(test, target, options));
  } catch (thrown) {
    const error = asAslError(thrown);
    if (!isErrorHandling(run.state)) return failed(error);
    let verdict;
    try {
      verdict = await judgeError(test, run.state, error, catchOf(run, target.jsonata));
    } catch (catcherError) {
      return failed(asAslError(catcherError));
    }
    const fields = { error: error.error, cause: error.cause };
    if (verdict.status === 'RETRIABLE') return { status: 'RETRIABLE', ...fields };
    if (verdict.status === 'FAILED') return { status: 'FAILED', ...fields };
    return { ...succeeded(test, verdict.outcome), status: 'CAUGHT_ERROR', ...fields };
  }
}

function runTest(test: TestRun, target: ResolvedTarget, options: TestStateOptions): Outcome | Promise<Outcome> {
  const tests = target.jsonata ? JSONATA_TESTS : JSONPATH_TESTS;
  const run = (tests[target.state.Type] as (test: TestRun, run: StateRun<State>, options: TestStateOptions) => Outcome | Promise<Outcome>);
  return run(test, test.run, options);
}

/** The outcome's assignments applied, its output and next state reported. */
function succeeded(test: TestRun, outcome: Outcome): TestStateResult {
  if (outcome.assigned !== undefined) test.run.fiber.variables.assign(outcome.assigned);
  return outcome.next === undefined ? { status: 'SUCCEEDED', output: outcome.output } : { status: 'SUCCEEDED', output: outcome.output, nextState: outcome.next };
}

/** A Fail state may leave out its error or cause; so does the response. */
function failed(error: AslError): TestStateResult {
  if (error instanceof FailStateError) {
    return { status: 'FAILED', ...(error.errorGiven ? { error: error.error } : {}), ...(error.causeGiven ? { cause: error.cause } : {}) };
  }
  return { status: 'FAILED', error: error.error, cause: error.cause };
}

function isErrorHandling(state: State): state is State & ErrorHandling {
  return state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map';
}

function catchOf(run: StateRun<State>, jsonata: boolean): CatchOutcome<Catcher> {
  return jsonata ? jsonataCatch(run) : jsonPathCatch(run.input, dataScope(run));
}

/** A `.waitForTaskToken` or `.sync` Task gets a task token when the given context has none. */
function contextWithToken(state: State, context: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> | undefined {
  if (!hasTaskToken(state) || context?.Task !== undefined) return context;
  return { ...context, Task: { Token: 'TestStateTaskToken' } };
}

/** The inspection data, with the workflow variables after the state when there are any. */
function inspectionWithVariables(test: TestRun): InspectionData {
  const variables = test.run.fiber.variables.visible();
  return Object.keys(variables).length === 0 ? test.inspection : { ...test.inspection, variables };
}
