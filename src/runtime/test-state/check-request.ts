import type { State } from '../../asl/index.js';
import { innerScopes } from '../../asl/inner-scopes.js';
import { parseResource } from '../../integrations/index.js';
import { validationError } from './test-state-error.js';
import type { ResolvedTarget } from './resolve-target.js';
import type { TestStateMock, TestStateOptions } from './types.js';

/** A mock has a result or an error output, never both; checked before the definition, as AWS does. */
export function checkMockFields(mock: TestStateMock | undefined): void {
  // The type allows one of the two; a caller without types may still send both.
  const fields = mock as { readonly result?: unknown; readonly errorOutput?: unknown } | undefined;
  if (fields?.result !== undefined && fields.errorOutput !== undefined) {
    throw validationError('A test mock should have only one of the following fields: [result, errorOutput].');
  }
}

/** The kinds a mock can stand in for: what they call (Task) or what they run (Parallel, Map). */
const MOCKABLE = new Set(['Task', 'Parallel', 'Map']);

/** What AWS refuses about a request for a valid state, in AWS's order and words. */
export function checkRequest(target: ResolvedTarget, options: TestStateOptions): void {
  const { state, name } = target;
  const { mock, stateConfiguration: configuration } = options;
  if (mock !== undefined && !MOCKABLE.has(state.Type)) throw validationError(`State type '${state.Type}' is not supported when a mock is specified`);
  if (mock === undefined && configuration?.mapIterationFailureCount !== undefined) {
    throw validationError('TestState does not support MapIterationFailureCount when a mock is not specified.');
  }
  if (mock === undefined) checkMockNotRequired(state, name);
  if (isRecord(options.context) && options.context.Task !== undefined && !hasTaskToken(state)) {
    throw validationError(
      "Invalid Context object provided: Context object contains 'Task' when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration pattern",
    );
  }
  if (state.Type === 'Parallel' && mock?.result !== undefined && (!Array.isArray(mock.result) || mock.result.length !== state.Branches.length)) {
    throw validationError('Mocked result must contain the same number of items as number of Parallel branches.');
  }
  const causedBy = configuration?.errorCausedByState;
  if (causedBy !== undefined && !innerStateNames(state).has(causedBy)) {
    throw validationError(`stateConfiguration.errorCausedByState names no state inside '${name}': ${causedBy}`);
  }
}

/**
 * AWS runs Activity tasks, `.sync` and `.waitForTaskToken` integrations, Parallel and Map states only
 * with a mock. An offline run cannot call any service, so every Task needs one here.
 */
function checkMockNotRequired(state: State, name: string): void {
  if (state.Type === 'Parallel' || state.Type === 'Map') {
    throw validationError(`TestState supports ${state.Type} states only when a mock is specified (state '${name}')`);
  }
  if (state.Type === 'Task') {
    throw validationError(`Task state '${name}' needs a mock (result or errorOutput): statewright tests states offline and calls no service`);
  }
}

/** `.sync` and `.waitForTaskToken` Tasks are the ones whose context object may carry `Task`. */
export function hasTaskToken(state: State): boolean {
  if (state.Type !== 'Task' || typeof state.Resource !== 'string') return false;
  const parsed = parseResource(state.Resource);
  return (parsed.kind === 'optimized' || parsed.kind === 'aws-sdk') && parsed.pattern !== 'request-response';
}

/** Names of the states inside a Parallel's branches or a Map's processor. */
function innerStateNames(state: State): Set<string> {
  const names = new Set<string>();
  for (const scope of innerScopes(state)) {
    for (const [inner, innerState] of Object.entries(scope.States)) {
      names.add(inner);
      for (const nested of innerStateNames(innerState)) names.add(nested);
    }
  }
  return names;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
