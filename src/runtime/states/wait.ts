import type { WaitJsonPathState } from '../../asl/index.js';
import { readPath } from '../../paths/evaluate.js';
import { applyAssign, applyInputPath, applyOutputPath, pathScope, type DataScope } from '../data-flow.js';
import { StatesRuntime } from '../errors.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';

/** Wait: sleeps on the execution's clock for `Seconds`, or until `Timestamp` (a past instant does not wait). */
export async function runWait(run: StateRun<WaitJsonPathState>): Promise<Outcome> {
  const { state, input, ex, fiber } = run;
  const scope = dataScope(run);
  const effective = applyInputPath(state, input, scope);
  const until = waitUntil(state, effective, scope, ex.scheduler.now());
  await ex.scheduler.sleep(until - ex.scheduler.now(), fiber.scope);
  return { next: state.Next, output: applyOutputPath(state, effective, scope), assigned: applyAssign(state, effective, scope) };
}

function waitUntil(state: WaitJsonPathState, effective: unknown, scope: DataScope, now: number): number {
  if (state.Seconds !== undefined) return now + state.Seconds * 1000;
  if (state.Timestamp !== undefined) return Date.parse(state.Timestamp);
  const path = state.SecondsPath ?? state.TimestampPath ?? '$';
  const read = readPath(path, pathScope(effective, scope));
  if (!read.found) throw new StatesRuntime(`Invalid path '${path}': No results for path: ${path}`);
  if (state.SecondsPath !== undefined) {
    if (typeof read.value !== 'number' || !Number.isInteger(read.value) || read.value < 0) {
      throw new StatesRuntime(`The SecondsPath parameter cannot be parsed as a long value: ${path} == ${display(read.value)}`);
    }
    return now + read.value * 1000;
  }
  const time = typeof read.value === 'string' ? Date.parse(read.value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new StatesRuntime(`The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${display(read.value)}`);
  }
  return time;
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
