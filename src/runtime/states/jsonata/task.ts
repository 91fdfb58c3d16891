import type { TaskJsonataState } from '../../../asl/index.js';
import { endOutcome, evaluateField, numberField, type StatesBinding } from '../../jsonata-fields.js';
import { withRetryAndCatch } from '../../retry-catch.js';
import type { Outcome, StateRun } from '../../state-handler.js';
import { invokeTask } from '../../task-invoke.js';
import { taskContext } from '../task.js';
import { jsonataCatch } from './catch.js';

/** JSONata Task: `Arguments` (default: the input) go to the task; `Output` (default: its result) and `Assign` read `$states.result`. */
export function runTaskJsonata(run: StateRun<TaskJsonataState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, jsonataCatch(run), (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<TaskJsonataState>, retryCount: number): Promise<Outcome> {
  const { state, input } = run;
  const context = taskContext(run, retryCount);
  const states: StatesBinding = { input, context };
  const args = state.Arguments === undefined ? input : await evaluateField(run, states, 'Arguments', state.Arguments);
  const result = await invokeTask(run.ex, run.fiber, {
    stateName: run.name,
    resource: state.Resource,
    input: args,
    context,
    retryCount,
    timeoutSeconds: await numberField(run, states, 'TimeoutSeconds', state.TimeoutSeconds),
    heartbeatSeconds: await numberField(run, states, 'HeartbeatSeconds', state.HeartbeatSeconds),
  });
  return endOutcome(run, state, { input, context, result }, state.Next, result);
}
