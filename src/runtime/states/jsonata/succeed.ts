import type { SucceedJsonataState } from '../../../asl/index.js';
import { endOutcome } from '../../jsonata-fields.js';
import type { Outcome, StateRun } from '../../state-handler.js';

/** JSONata Succeed: ends its scope with `Output` (default: the input). */
export function runSucceedJsonata(run: StateRun<SucceedJsonataState>): Promise<Outcome> {
  return endOutcome(run, { Output: run.state.Output }, { input: run.input, context: run.context }, undefined, run.input);
}
