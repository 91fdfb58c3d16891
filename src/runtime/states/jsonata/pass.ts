import type { PassJsonataState } from '../../../asl/index.js';
import { endOutcome } from '../../jsonata-fields.js';
import type { Outcome, StateRun } from '../../state-handler.js';

/** JSONata Pass: `Output` (default: the input) and `Assign`. */
export function runPassJsonata(run: StateRun<PassJsonataState>): Promise<Outcome> {
  return endOutcome(run, run.state, { input: run.input, context: run.context }, run.state.Next, run.input);
}
