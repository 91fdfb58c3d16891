import { parseResource, patternSuffix, type ParsedResource } from '../integrations/index.js';
import type { ContextObject } from './context-object.js';
import { AslError, StatesDataLimitExceeded, StatesHeartbeatTimeout, StatesRuntime, StatesTaskFailed, StatesTimeout } from './errors.js';
import { startWatchdog } from './watchdog.js';
import { exceedsBytes } from './json-size.js';
import type { HistoryEventType } from './history-event.js';
import type { EventDetails } from './history.js';
import { checkJsonValue } from './json-value.js';
import { record, type ExecutionContext, type Fiber } from './run-context.js';

/** The region AWS-shaped values use when an ARN does not name one. */
export const DEFAULT_REGION = 'us-east-1';

/** What {@link invokeTask} needs of the Task state. */
export interface TaskCall {
  readonly stateName: string;
  readonly resource: string;
  readonly input: unknown;
  readonly context: ContextObject;
  readonly retryCount: number;
  readonly timeoutSeconds: number | undefined;
  /** A handler still working, or a callback not heard from, after this many seconds times out. */
  readonly heartbeatSeconds: number | undefined;
}

/**
 * Runs a task through its handler (by state name, else by resource) and records the events AWS
 * records: the `LambdaFunction*` family for a plain Lambda ARN, the `Task*` family otherwise. For
 * `.waitForTaskToken` the handler's answer is the submission (`TaskSubmitted`) and the result is what
 * `sendTaskSuccess` sends for the token in `$$.Task.Token`.
 */
export async function invokeTask(ex: ExecutionContext, fiber: Fiber, call: TaskCall): Promise<unknown> {
  const events = eventsFor(parseResource(call.resource), call);
  const handler = ex.tasks[call.stateName] ?? ex.taskResources[call.resource];
  if (handler === undefined) {
    throw new StatesRuntime(
      `No task handler for state '${call.stateName}' (resource ${call.resource}): pass one in 'tasks' (by state name) or 'taskResources' (by resource)`,
    );
  }
  record(ex, fiber, events.scheduled.type, events.scheduled.details);
  record(ex, fiber, events.started.type, events.started.details);
  const watchdog = startWatchdog(ex.scheduler, fiber.scope, call.timeoutSeconds, call.heartbeatSeconds);
  const token = call.context.Task?.Token;
  try {
    const work = ex.scheduler.track(
      Promise.resolve().then(() => handler(call.input, { stateName: call.stateName, resource: call.resource, context: call.context, retryCount: call.retryCount })),
    );
    let result = await raceCancel(Promise.race([work, watchdog.expired]), fiber);
    checkJsonValue(result, `the result of task state '${call.stateName}'`);
    if (token !== undefined) {
      record(ex, fiber, 'TaskSubmitted', events.submitted(result));
      const callback = ex.scheduler.track(ex.callbacks.wait(token, () => {
        watchdog.beat();
      }));
      result = await raceCancel(Promise.race([callback, watchdog.expired]), fiber);
    }
    if (exceedsBytes(result, ex.limits.payloadBytes)) {
      throw new StatesDataLimitExceeded(`The state/task '${call.stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`);
    }
    record(ex, fiber, events.succeeded, events.withOutput(result));
    return result;
  } catch (thrown) {
    const error = taskError(thrown);
    if (isTimeout(error)) record(ex, fiber, events.timedOut, events.withError(error));
    else if (!fiber.scope.isCancelled() && !(error instanceof StatesRuntime)) record(ex, fiber, events.failed, events.withError(error));
    throw error;
  } finally {
    watchdog.dispose();
    if (token !== undefined) ex.callbacks.forget(token);
  }
}

/** Stops waiting for a handler when the fiber is cancelled. */
function raceCancel(work: Promise<unknown>, fiber: Fiber): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const remove = fiber.scope.onCancel(reject);
    work.then(resolve, reject).finally(remove);
  });
}

function isTimeout(error: AslError): boolean {
  return error instanceof StatesTimeout || error instanceof StatesHeartbeatTimeout;
}

/** A handler's throw as an ASL error: AslError as thrown, anything else States.TaskFailed with its message. */
function taskError(thrown: unknown): AslError {
  if (thrown instanceof AslError) return thrown;
  return new StatesTaskFailed(thrown instanceof Error ? thrown.message : String(thrown));
}

interface TaskEvents {
  readonly scheduled: { readonly type: HistoryEventType; readonly details: EventDetails };
  readonly started: { readonly type: HistoryEventType; readonly details?: EventDetails };
  readonly succeeded: HistoryEventType;
  readonly failed: HistoryEventType;
  readonly timedOut: HistoryEventType;
  readonly withOutput: (output: unknown) => EventDetails;
  readonly submitted: (output: unknown) => EventDetails;
  readonly withError: (error: AslError) => EventDetails;
}

function eventsFor(resource: ParsedResource, call: TaskCall): TaskEvents {
  const payload = { truncated: false };
  const errorDetails = (error: AslError) => ({ error: error.error, cause: error.cause });
  if (resource.kind === 'lambda-function') {
    return {
      scheduled: {
        type: 'LambdaFunctionScheduled',
        details: { lambdaFunctionScheduledEventDetails: { resource: call.resource, input: call.input, inputDetails: payload, ...timeout(call) } },
      },
      started: { type: 'LambdaFunctionStarted' },
      succeeded: 'LambdaFunctionSucceeded',
      failed: 'LambdaFunctionFailed',
      timedOut: 'LambdaFunctionTimedOut',
      withOutput: (output) => ({ lambdaFunctionSucceededEventDetails: { output, outputDetails: payload } }),
      submitted: () => ({}),
      withError: (error) => (isTimeout(error) ? { lambdaFunctionTimedOutEventDetails: errorDetails(error) } : { lambdaFunctionFailedEventDetails: errorDetails(error) }),
    };
  }
  const task = taskResource(resource);
  return {
    scheduled: {
      type: 'TaskScheduled',
      details: { taskScheduledEventDetails: { ...task, region: DEFAULT_REGION, parameters: call.input, ...timeout(call) } },
    },
    started: { type: 'TaskStarted', details: { taskStartedEventDetails: task } },
    succeeded: 'TaskSucceeded',
    failed: 'TaskFailed',
    timedOut: 'TaskTimedOut',
    withOutput: (output) => ({ taskSucceededEventDetails: { ...task, output, outputDetails: payload } }),
    submitted: (output) => ({ taskSubmittedEventDetails: { ...task, output, outputDetails: payload } }),
    withError: (error) => (isTimeout(error) ? { taskTimedOutEventDetails: { ...task, ...errorDetails(error) } } : { taskFailedEventDetails: { ...task, ...errorDetails(error) } }),
  };
}

function timeout(call: TaskCall): { timeoutInSeconds?: number } {
  return call.timeoutSeconds === undefined ? {} : { timeoutInSeconds: call.timeoutSeconds };
}

/** `resourceType` and `resource` of Task* events: `lambda` / `invoke`, `aws-sdk:s3` / `getObject`. */
function taskResource(resource: ParsedResource): { resourceType: string; resource: string } {
  switch (resource.kind) {
    case 'optimized':
      return { resourceType: resource.service, resource: `${resource.action}${patternSuffix(resource.pattern)}` };
    case 'aws-sdk':
      return { resourceType: `aws-sdk:${resource.service}`, resource: `${resource.action}${patternSuffix(resource.pattern)}` };
    case 'http':
      return { resourceType: 'http', resource: 'invoke' };
    case 'activity':
      return { resourceType: 'activity', resource: resource.name };
    default:
      return { resourceType: 'unknown', resource: resource.arn };
  }
}
