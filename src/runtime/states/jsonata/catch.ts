import type { CatcherJsonata } from '../../../asl/index.js';
import { endOutcome } from '../../jsonata-fields.js';
import type { CatchOutcome } from '../../retry-catch.js';
import type { StateRun } from '../../state-handler.js';

/** A JSONata catcher: `Output` (default: the error output) and `Assign` read `$states.errorOutput`. */
export function jsonataCatch(run: StateRun<unknown>): CatchOutcome<CatcherJsonata> {
  return (catcher, errorOutput) => endOutcome(run, catcher, { input: run.input, context: run.context, errorOutput }, catcher.Next, errorOutput);
}
