import type { FailJsonataState } from '../../../asl/index.js';
import { jsonataResultTypeError } from '../../../jsonata/evaluate.js';
import { evaluateField, type StatesBinding } from '../../jsonata-fields.js';
import type { StateRun } from '../../state-handler.js';
import { FailStateError } from '../fail.js';

/** JSONata Fail: raises `Error` and `Cause`, each a string or an expression that yields one. */
export async function runFailJsonata(run: StateRun<FailJsonataState>): Promise<never> {
  const states: StatesBinding = { input: run.input, context: run.context };
  const error = await stringField(run, states, 'Error', run.state.Error);
  const cause = await stringField(run, states, 'Cause', run.state.Cause);
  throw new FailStateError(error, cause);
}

async function stringField(run: StateRun<FailJsonataState>, states: StatesBinding, field: string, value: string | undefined): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const result = await evaluateField(run, states, field, value);
  if (typeof result !== 'string') throw jsonataResultTypeError(value, field, 'string', result);
  return result;
}
