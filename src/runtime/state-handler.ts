import type { ContextObject } from './context-object.js';
import type { ExecutionContext, Fiber } from './run-context.js';

/** Where a state leads: the next state's name (none at the end of its scope) and its output. */
export interface Outcome {
  readonly next: string | undefined;
  readonly output: unknown;
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

/** Computes a state's outcome; synchronous where the state has nothing to wait for. */
export type StateHandler<S> = (run: StateRun<S>) => Outcome | Promise<Outcome>;
