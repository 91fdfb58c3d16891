import type {
  ChoiceJsonataState,
  ChoiceJsonPathState,
  FailJsonataState,
  FailJsonPathState,
  MapJsonataState,
  MapJsonPathState,
  ParallelJsonataState,
  ParallelJsonPathState,
  PassJsonataState,
  PassJsonPathState,
  State,
  StateType,
  SucceedJsonataState,
  SucceedJsonPathState,
  TaskJsonataState,
  TaskJsonPathState,
  WaitJsonataState,
  WaitJsonPathState,
} from '../asl/index.js';
import { queryError, queryErrorLocation } from '../jsonata/evaluate.js';
import type { ContextObject } from './context-object.js';
import { StatesDataLimitExceeded, StatesQueryEvaluationError, StatesRuntime } from './errors.js';
import type { HistoryEventType } from './history-event.js';
import { NOT_TRUNCATED } from './history.js';
import { exceedsBytes } from './json-size.js';
import { record, type ExecutionContext, type Fiber } from './run-context.js';
import type { Outcome, StateHandler, StateRun } from './state-handler.js';
import { runChoice } from './states/choice.js';
import { runFail } from './states/fail.js';
import { runMap } from './states/map.js';
import { runParallel } from './states/parallel.js';
import { runPass } from './states/pass.js';
import { runSucceed } from './states/succeed.js';
import { runTask } from './states/task.js';
import { runWait } from './states/wait.js';
import { runChoiceJsonata } from './states/jsonata/choice.js';
import { runFailJsonata } from './states/jsonata/fail.js';
import { runMapJsonata } from './states/jsonata/map.js';
import { runParallelJsonata } from './states/jsonata/parallel.js';
import { runPassJsonata } from './states/jsonata/pass.js';
import { runSucceedJsonata } from './states/jsonata/succeed.js';
import { runTaskJsonata } from './states/jsonata/task.js';
import { runWaitJsonata } from './states/jsonata/wait.js';

/** A scope of states: the machine, a Parallel branch or a Map processor. */
export interface Scope {
  readonly StartAt: string;
  readonly States: Readonly<Record<string, State>>;
}

/** The JSONPath state of each kind. */
export interface JsonPathStates {
  readonly Pass: PassJsonPathState;
  readonly Task: TaskJsonPathState;
  readonly Choice: ChoiceJsonPathState;
  readonly Wait: WaitJsonPathState;
  readonly Succeed: SucceedJsonPathState;
  readonly Fail: FailJsonPathState;
  readonly Parallel: ParallelJsonPathState;
  readonly Map: MapJsonPathState;
}

/** The JSONata state of each kind. */
export interface JsonataStates {
  readonly Pass: PassJsonataState;
  readonly Task: TaskJsonataState;
  readonly Choice: ChoiceJsonataState;
  readonly Wait: WaitJsonataState;
  readonly Succeed: SucceedJsonataState;
  readonly Fail: FailJsonataState;
  readonly Parallel: ParallelJsonataState;
  readonly Map: MapJsonataState;
}

/** The one place that switches on a state's `Type`: one table per query language. */
const HANDLERS: { readonly [K in StateType]: StateHandler<JsonPathStates[K]> } = {
  Pass: runPass,
  Task: runTask,
  Choice: runChoice,
  Wait: runWait,
  Succeed: runSucceed,
  Fail: runFail,
  Parallel: runParallel,
  Map: runMap,
};
const JSONATA_HANDLERS: { readonly [K in StateType]: StateHandler<JsonataStates[K]> } = {
  Pass: runPassJsonata,
  Task: runTaskJsonata,
  Choice: runChoiceJsonata,
  Wait: runWaitJsonata,
  Succeed: runSucceedJsonata,
  Fail: runFailJsonata,
  Parallel: runParallelJsonata,
  Map: runMapJsonata,
};

/**
 * Runs a scope from `StartAt` until a state ends it, and returns that state's output. Errors are
 * thrown as ASL errors. States without anything to wait for run synchronously, so a long chain of
 * Pass and Choice states costs no promise per transition.
 */
export function runScope(ex: ExecutionContext, scope: Scope, input: unknown, fiber: Fiber, depth: number): unknown {
  return runFrom(ex, scope, scope.StartAt, input, fiber, depth);
}

/** {@link runScope} as a promise, also for a scope that ended (or failed) synchronously. */
export function runScopeAsync(ex: ExecutionContext, scope: Scope, input: unknown, fiber: Fiber, depth: number): Promise<unknown> {
  try {
    return Promise.resolve(runScope(ex, scope, input, fiber, depth));
  } catch (thrown) {
    return Promise.reject(thrown instanceof Error ? thrown : new Error(String(thrown)));
  }
}

/** Runs synchronously while states do; from the first state that waits on, the rest is a promise. */
function runFrom(ex: ExecutionContext, scope: Scope, start: string, input: unknown, fiber: Fiber, depth: number): unknown {
  let name = start;
  let value = input;
  for (;;) {
    fiber.scope.throwIfCancelled();
    const state = scope.States[name];
    if (state === undefined) throw new StatesRuntime(`State '${name}' does not exist`);
    const outcome = runState(ex, fiber, name, state, value, depth);
    if (outcome instanceof Promise) {
      return outcome.then((done) => (done.next === undefined ? done.output : runFrom(ex, scope, done.next, done.output, fiber, depth)));
    }
    if (outcome.next === undefined) return outcome.output;
    name = outcome.next;
    value = outcome.output;
  }
}

/** The event types of each kind, built once. */
const ENTERED = eventNames('StateEntered');
const EXITED = eventNames('StateExited');

function eventNames<S extends string>(suffix: S): Record<StateType, `${StateType}${S}`> {
  const names = {} as Record<StateType, `${StateType}${S}`>;
  for (const type of Object.keys(HANDLERS) as StateType[]) names[type] = `${type}${suffix}`;
  return names;
}

function runState(ex: ExecutionContext, fiber: Fiber, name: string, state: State, input: unknown, depth: number): Outcome | Promise<Outcome> {
  const type: StateType = state.Type;
  const entered = record(ex, fiber, ENTERED[type], { stateEnteredEventDetails: { name, input, inputDetails: NOT_TRUNCATED } });
  try {
    const run: StateRun<State> = { ex, fiber, name, state, input, context: contextFor(ex, name, type), depth };
    const handler = (isJsonata(ex, state) ? JSONATA_HANDLERS[type] : HANDLERS[type]) as StateHandler<State>;
    const outcome = handler(run);
    if (!(outcome instanceof Promise)) return exit(ex, fiber, name, state, outcome);
    return outcome.then(
      (done) => exit(ex, fiber, name, state, done),
      (thrown: unknown) => {
        throw failed(ex, fiber, type, thrown, name, entered);
      },
    );
  } catch (thrown) {
    throw failed(ex, fiber, type, thrown, name, entered);
  }
}

function isJsonata(ex: ExecutionContext, state: State): boolean {
  return (state.QueryLanguage ?? ex.definition.QueryLanguage) === 'JSONata';
}

/** The kinds that record `<Kind>StateAborted` when their execution or branch is stopped while they run. */
const ABORTED: Partial<Record<StateType, HistoryEventType>> = {
  Task: 'TaskStateAborted',
  Wait: 'WaitStateAborted',
  Parallel: 'ParallelStateAborted',
  Map: 'MapStateAborted',
};

/**
 * What a state's failure becomes: an abort is recorded; a runtime or query error gets its state,
 * and a query error also an `EvaluationFailed` event, as AWS records them.
 */
function failed(ex: ExecutionContext, fiber: Fiber, type: StateType, thrown: unknown, name: string, entered: number): unknown {
  const aborted = ABORTED[type];
  if (aborted !== undefined && fiber.scope.isCancelled() && thrown === fiber.scope.reason) record(ex, fiber, aborted);
  const error = locate(thrown, name, entered);
  if (error !== thrown && error instanceof StatesQueryEvaluationError) {
    const location = queryErrorLocation(error);
    const details = { error: error.error, cause: error.cause, state: name };
    record(ex, fiber, 'EvaluationFailed', { evaluationFailedEventDetails: location === undefined ? details : { ...details, location } });
  }
  return error;
}

/** Errors already reported with the state they happened in. */
const located = new WeakSet<object>();

/** Prefixes the cause of a `States.Runtime` or query error with its state, as AWS does, once (not again in enclosing Parallel or Map states). */
function locate(thrown: unknown, name: string, enteredEventId: number): unknown {
  if (!(thrown instanceof StatesRuntime || thrown instanceof StatesQueryEvaluationError) || located.has(thrown)) return thrown;
  const prefix = `An error occurred while executing the state '${name}' (entered at the event id #${String(enteredEventId)}). `;
  let error: StatesRuntime | StatesQueryEvaluationError;
  if (thrown instanceof StatesRuntime) error = new StatesRuntime(prefix + thrown.cause);
  else {
    const location = queryErrorLocation(thrown);
    error = location === undefined ? new StatesQueryEvaluationError(prefix + thrown.cause) : queryError(prefix + thrown.cause, location);
  }
  located.add(error);
  return error;
}

function exit(ex: ExecutionContext, fiber: Fiber, name: string, state: State, outcome: Outcome): Outcome {
  if (exceedsBytes(outcome.output, ex.limits.payloadBytes)) {
    throw new StatesDataLimitExceeded(`The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`);
  }
  const assigned = outcome.assigned;
  if (assigned === undefined) {
    record(ex, fiber, EXITED[state.Type] as HistoryEventType, { stateExitedEventDetails: { name, output: outcome.output, outputDetails: NOT_TRUNCATED } });
    return outcome;
  }
  if (exceedsBytes(assigned, ex.limits.payloadBytes)) {
    throw new StatesDataLimitExceeded(`The state '${name}' assigned variables with a total size exceeding the maximum number of bytes service limit.`);
  }
  fiber.variables.assign(assigned);
  record(ex, fiber, EXITED[state.Type] as HistoryEventType, {
    stateExitedEventDetails: { name, output: outcome.output, outputDetails: NOT_TRUNCATED, assignedVariables: assigned, assignedVariablesDetails: NOT_TRUNCATED },
  });
  return outcome;
}

/** Kinds that can retry; only their `$$.State` has a `RetryCount` (AWS leaves it out elsewhere). */
const RETRYING: Readonly<Record<StateType, boolean>> = { Task: true, Parallel: true, Map: true, Pass: false, Choice: false, Wait: false, Succeed: false, Fail: false };

function contextFor(ex: ExecutionContext, name: string, type: StateType): ContextObject {
  const EnteredTime = isoTime(ex.scheduler.now());
  const { Execution, StateMachine } = ex.contextBase;
  return { Execution, StateMachine, State: RETRYING[type] ? { Name: name, EnteredTime, RetryCount: 0 } : { Name: name, EnteredTime } };
}

let lastTime = Number.NaN;
let lastIso = '';

/** ISO text of a time; virtual time stands still across most states, so the last one is kept. */
function isoTime(time: number): string {
  if (time !== lastTime) {
    lastTime = time;
    lastIso = new Date(time).toISOString();
  }
  return lastIso;
}
