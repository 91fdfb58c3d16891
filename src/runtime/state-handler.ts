import type { ContextObject } from './context-object.js';
import type { DataScope } from './data-flow.js';
import type { ExecutionContext, Fiber } from './run-context.js';

/** Where a state leads: the next state's name (none at the end of its scope), its output and the variables it assigns. */
export interface Outcome {
  readonly next: string | undefined;
  readonly output: unknown;
  /** Applied when the state exits, all at once. */
  readonly assigned?: Readonly<Record<string, unknown>> | undefined;
}

/** What a state handler is given. */
export interface StateRun<S> {
  readonly ex: ExecutionContext;
  readonly fiber: Fiber;
  readonly name: string;
  readonly state: S;
  readonly input: unknown;
  /** The context object at entry (`State.RetryCount` 0). */
  readonly context: ContextObject;
  /** How deep Parallel and Map scopes are nested here (0 = the machine). */
  readonly depth: number;
}

/** The data scope of a state run, with another context object (a retry's) when given. */
export function dataScope(run: StateRun<unknown>, context: ContextObject = run.context): DataScope {
  return { context, variables: run.fiber.variables.visible(), random: run.ex.random };
}

/** Computes a state's outcome; synchronous where the state has nothing to wait for. */
export type StateHandler<S> = (run: StateRun<S>) => Outcome | Promise<Outcome>;
