import type {
  ChoiceJsonPathState,
  FailJsonPathState,
  MapJsonPathState,
  ParallelJsonPathState,
  PassJsonPathState,
  State,
  StateType,
  SucceedJsonPathState,
  TaskJsonPathState,
  WaitJsonPathState,
} from '../asl/index.js';
import type { ContextObject } from './context-object.js';
import { StatesDataLimitExceeded, StatesRuntime } from './errors.js';
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

/** A scope of states: the machine, a Parallel branch or a Map processor. */
export interface Scope {
  readonly StartAt: string;
  readonly States: Readonly<Record<string, State>>;
}

/** The JSONPath state of each kind (JSONata states are refused before a handler runs). */
interface JsonPathStates {
  readonly Pass: PassJsonPathState;
  readonly Task: TaskJsonPathState;
  readonly Choice: ChoiceJsonPathState;
  readonly Wait: WaitJsonPathState;
  readonly Succeed: SucceedJsonPathState;
  readonly Fail: FailJsonPathState;
  readonly Parallel: ParallelJsonPathState;
  readonly Map: MapJsonPathState;
}

/** The one place that switches on a state's `Type`. */
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
    if ((state.QueryLanguage ?? ex.definition.QueryLanguage) === 'JSONata') {
      throw new StatesRuntime(`State '${name}' uses JSONata, which this version of the executor does not run yet`);
    }
    const run: StateRun<State> = { ex, fiber, name, state, input, context: contextFor(ex, name, type), depth };
    const handler = HANDLERS[type] as StateHandler<State>;
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

/** The kinds that record `<Kind>StateAborted` when their execution or branch is stopped while they run. */
const ABORTED: Partial<Record<StateType, HistoryEventType>> = {
  Task: 'TaskStateAborted',
  Wait: 'WaitStateAborted',
  Parallel: 'ParallelStateAborted',
  Map: 'MapStateAborted',
};

/** What a state's failure becomes: an abort is recorded, a runtime error gets its location. */
function failed(ex: ExecutionContext, fiber: Fiber, type: StateType, thrown: unknown, name: string, entered: number): unknown {
  const aborted = ABORTED[type];
  if (aborted !== undefined && fiber.scope.isCancelled() && thrown === fiber.scope.reason) record(ex, fiber, aborted);
  return locate(thrown, name, entered);
}

/** Runtime errors that AWS reports with the state they happened in. */
const located = new WeakSet<object>();

/** Prefixes a States.Runtime cause with its state, as AWS does, once (not again in enclosing Parallel or Map states). */
function locate(thrown: unknown, name: string, enteredEventId: number): unknown {
  if (!(thrown instanceof StatesRuntime) || located.has(thrown)) return thrown;
  const error = new StatesRuntime(`An error occurred while executing the state '${name}' (entered at the event id #${String(enteredEventId)}). ${thrown.cause}`);
  located.add(error);
  return error;
}

function exit(ex: ExecutionContext, fiber: Fiber, name: string, state: State, outcome: Outcome): Outcome {
  if (exceedsBytes(outcome.output, ex.limits.payloadBytes)) {
    throw new StatesDataLimitExceeded(`The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`);
  }
  record(ex, fiber, EXITED[state.Type] as HistoryEventType, { stateExitedEventDetails: { name, output: outcome.output, outputDetails: NOT_TRUNCATED } });
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
