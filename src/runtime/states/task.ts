import type { TaskJsonPathState, TaskState } from '../../asl/index.js';
import { parseResource } from '../../integrations/index.js';
import { readPath } from '../../paths/evaluate.js';
import { randomUuid } from '../random.js';
import { withRetryCount, type ContextObject } from '../context-object.js';
import { applyInputPath, applyParameters, applyResultFields, pathScope, type DataScope } from '../data-flow.js';
import { StatesRuntime } from '../errors.js';
import { jsonPathCatch, withRetryAndCatch } from '../retry-catch.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';
import { invokeTask } from '../task-invoke.js';

/** Task: the effective input goes to the task's handler; its result flows through ResultSelector, ResultPath and OutputPath. */
export function runTask(run: StateRun<TaskJsonPathState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, jsonPathCatch(run.input, dataScope(run)), (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<TaskJsonPathState>, retryCount: number): Promise<Outcome> {
  const { ex, fiber, state, input, name } = run;
  const context = taskContext(run, retryCount);
  const scope = dataScope(run, context);
  const effective = applyParameters(state, applyInputPath(state, input, scope), scope);
  const result = await invokeTask(ex, fiber, {
    stateName: name,
    resource: state.Resource,
    input: effective,
    context,
    retryCount,
    timeoutSeconds: secondsField(state.TimeoutSeconds, state.TimeoutSecondsPath, effective, scope),
    heartbeatSeconds: secondsField(state.HeartbeatSeconds, state.HeartbeatSecondsPath, effective, scope),
  });
  return { next: state.Next, ...applyResultFields(state, input, result, scope) };
}

/** The context object of one attempt: its `RetryCount`, and a fresh `Task.Token` for `.waitForTaskToken`. */
export function taskContext(run: StateRun<TaskState>, retryCount: number): ContextObject {
  const entry = withRetryCount(run.context, retryCount);
  return waitsForToken(run.state.Resource) ? { ...entry, Task: { Token: randomUuid(run.ex.random) } } : entry;
}

/** True for a `.waitForTaskToken` integration, whose context object carries `Task.Token`. */
function waitsForToken(resource: string): boolean {
  const parsed = parseResource(resource);
  return (parsed.kind === 'optimized' || parsed.kind === 'aws-sdk') && parsed.pattern === 'waitForTaskToken';
}

/** `TimeoutSeconds` / `HeartbeatSeconds`, or the positive integer their `*Path` selects in the effective input. */
function secondsField(value: number | undefined, path: string | undefined, effective: unknown, scope: DataScope): number | undefined {
  if (path === undefined) return value;
  const read = readPath(path, pathScope(effective, scope));
  if (!read.found || typeof read.value !== 'number' || !Number.isInteger(read.value) || read.value <= 0) {
    throw new StatesRuntime(`The path '${path}' does not select a positive integer of seconds`);
  }
  return read.value;
}
