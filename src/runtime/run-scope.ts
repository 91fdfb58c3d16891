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
export async function runScope(ex: ExecutionContext, scope: Scope, input: unknown, fiber: Fiber, depth: number): Promise<unknown> {
  let name = scope.StartAt;
  let value = input;
  for (;;) {
    fiber.scope.throwIfCancelled();
    const state = scope.States[name];
    if (state === undefined) throw new StatesRuntime(`State '${name}' does not exist`);
    const pending = runState(ex, fiber, name, state, value, depth);
    const outcome = pending instanceof Promise ? await pending : pending;
    if (outcome.next === undefined) return outcome.output;
    name = outcome.next;
    value = outcome.output;
  }
}

function runState(ex: ExecutionContext, fiber: Fiber, name: string, state: State, input: unknown, depth: number): Outcome | Promise<Outcome> {
  const type: StateType = state.Type;
  const entered = record(ex, fiber, `${type}StateEntered`, { stateEnteredEventDetails: { name, input, inputDetails: { truncated: false } } });
  const fail = (thrown: unknown): never => {
    throw locate(thrown, name, entered);
  };
  try {
    if ((state.QueryLanguage ?? ex.definition.QueryLanguage) === 'JSONata') {
      throw new StatesRuntime(`State '${name}' uses JSONata, which this version of the executor does not run yet`);
    }
    const run: StateRun<State> = { ex, fiber, name, state, input, context: contextFor(ex, name, type), depth };
    const handler = HANDLERS[type] as StateHandler<State>;
    const outcome = handler(run);
    return outcome instanceof Promise ? outcome.then((done) => exit(ex, fiber, name, state, done), fail) : exit(ex, fiber, name, state, outcome);
  } catch (thrown) {
    return fail(thrown);
  }
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
  record(ex, fiber, `${state.Type as Exclude<StateType, 'Fail'>}StateExited`, { stateExitedEventDetails: { name, output: outcome.output, outputDetails: { truncated: false } } });
  return outcome;
}

/** Kinds that can retry; only their `$$.State` has a `RetryCount` (AWS leaves it out elsewhere). */
const RETRYING: ReadonlySet<StateType> = new Set(['Task', 'Parallel', 'Map']);

function contextFor(ex: ExecutionContext, name: string, type: StateType): ContextObject {
  const EnteredTime = new Date(ex.scheduler.now()).toISOString();
  return { ...ex.contextBase, State: RETRYING.has(type) ? { Name: name, EnteredTime, RetryCount: 0 } : { Name: name, EnteredTime } };
}
