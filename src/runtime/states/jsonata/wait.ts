import type { WaitJsonataState } from '../../../asl/index.js';
import { jsonataResultTypeError, queryError } from '../../../jsonata/evaluate.js';
import { instantToMillis, parseTimestamp } from '../../choice/timestamp.js';
import { endOutcome, evaluateField, numberField, type StatesBinding } from '../../jsonata-fields.js';
import type { Outcome, StateRun } from '../../state-handler.js';

/** JSONata Wait: sleeps `Seconds`, or until `Timestamp` (each a literal or an expression); then `Output` and `Assign`. */
export async function runWaitJsonata(run: StateRun<WaitJsonataState>): Promise<Outcome> {
  const { state, ex, fiber } = run;
  const states: StatesBinding = { input: run.input, context: run.context };
  const now = ex.scheduler.now();
  const until = state.Timestamp === undefined ? now + (await seconds(run, states)) * 1000 : await timestamp(run, states, state.Timestamp);
  await ex.scheduler.sleep(until - now, fiber.scope);
  return endOutcome(run, state, states, state.Next, run.input);
}

async function seconds(run: StateRun<WaitJsonataState>, states: StatesBinding): Promise<number> {
  const value = (await numberField(run, states, 'Seconds', run.state.Seconds)) ?? 0;
  if (value < 0) throw jsonataResultTypeError(String(run.state.Seconds), 'Seconds', 'non-negative integer', value);
  return value;
}

async function timestamp(run: StateRun<WaitJsonataState>, states: StatesBinding, field: string): Promise<number> {
  const value = await evaluateField(run, states, 'Timestamp', field);
  const instant = typeof value === 'string' ? parseTimestamp(value) : undefined;
  if (instant === undefined) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    throw queryError(`The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`, 'Timestamp');
  }
  return instantToMillis(instant);
}
