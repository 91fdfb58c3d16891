import { patternSuffix, type ParsedResource } from '../../integrations/index.js';
import { StatesHeartbeatTimeout, StatesTimeout, type AslError } from '../errors.js';
import type { EventDetails } from '../history.js';
import type { HistoryEventType } from '../history-event.js';

/** The region AWS-shaped values use when an ARN does not name one. */
export const DEFAULT_REGION = 'us-east-1';

/** What the events of one task invocation say about it. */
export interface TaskEventCall {
  readonly resource: string;
  readonly input: unknown;
  readonly timeoutSeconds: number | undefined;
  readonly heartbeatSeconds: number | undefined;
}

/** The history events of one task, by family: `LambdaFunction*`, `Activity*` or `Task*`. */
export interface TaskEvents {
  readonly scheduled: { readonly type: HistoryEventType; readonly details: EventDetails };
  readonly started: { readonly type: HistoryEventType; readonly details?: EventDetails };
  readonly succeeded: HistoryEventType;
  readonly failed: HistoryEventType;
  readonly timedOut: HistoryEventType;
  readonly withOutput: (output: unknown) => EventDetails;
  /** `TaskSubmitted` details: the submission's response, or none when a mock skipped the submission. */
  readonly submitted: (output?: unknown) => EventDetails;
  readonly withError: (error: AslError) => EventDetails;
}

const NOT_TRUNCATED = { truncated: false };

export function isTimeout(error: AslError): boolean {
  return error instanceof StatesTimeout || error instanceof StatesHeartbeatTimeout;
}

const errorDetails = (error: AslError) => ({ error: error.error, cause: error.cause });

/**
 * The events AWS records for a task: the `LambdaFunction*` family for a plain Lambda ARN, the
 * `Activity*` family for an activity, the `Task*` family (with `resourceType` and `resource`) otherwise.
 */
export function eventsFor(resource: ParsedResource, call: TaskEventCall): TaskEvents {
  if (resource.kind === 'lambda-function') return lambdaEvents(call);
  if (resource.kind === 'activity') return activityEvents(call);
  const task = taskResource(resource);
  return {
    scheduled: {
      type: 'TaskScheduled',
      details: { taskScheduledEventDetails: { ...task, region: DEFAULT_REGION, parameters: call.input, ...timeouts(call) } },
    },
    started: { type: 'TaskStarted', details: { taskStartedEventDetails: task } },
    succeeded: 'TaskSucceeded',
    failed: 'TaskFailed',
    timedOut: 'TaskTimedOut',
    withOutput: (output) => ({ taskSucceededEventDetails: { ...task, output, outputDetails: NOT_TRUNCATED } }),
    submitted: (...output) => ({
      taskSubmittedEventDetails: output.length === 0 ? task : { ...task, output: output[0], outputDetails: NOT_TRUNCATED },
    }),
    withError: (error) => (isTimeout(error) ? { taskTimedOutEventDetails: { ...task, ...errorDetails(error) } } : { taskFailedEventDetails: { ...task, ...errorDetails(error) } }),
  };
}

function lambdaEvents(call: TaskEventCall): TaskEvents {
  return {
    scheduled: {
      type: 'LambdaFunctionScheduled',
      details: {
        lambdaFunctionScheduledEventDetails: {
          resource: call.resource,
          input: call.input,
          inputDetails: NOT_TRUNCATED,
          ...(call.timeoutSeconds === undefined ? {} : { timeoutInSeconds: call.timeoutSeconds }),
        },
      },
    },
    started: { type: 'LambdaFunctionStarted' },
    succeeded: 'LambdaFunctionSucceeded',
    failed: 'LambdaFunctionFailed',
    timedOut: 'LambdaFunctionTimedOut',
    withOutput: (output) => ({ lambdaFunctionSucceededEventDetails: { output, outputDetails: NOT_TRUNCATED } }),
    submitted: () => ({}),
    withError: (error) => (isTimeout(error) ? { lambdaFunctionTimedOutEventDetails: errorDetails(error) } : { lambdaFunctionFailedEventDetails: errorDetails(error) }),
  };
}

/** AWS's Activity* events: scheduled with the input, started by a worker, then succeeded, failed or timed out. */
function activityEvents(call: TaskEventCall): TaskEvents {
  return {
    scheduled: {
      type: 'ActivityScheduled',
      details: { activityScheduledEventDetails: { resource: call.resource, input: call.input, inputDetails: NOT_TRUNCATED, ...timeouts(call) } },
    },
    started: { type: 'ActivityStarted' },
    succeeded: 'ActivitySucceeded',
    failed: 'ActivityFailed',
    timedOut: 'ActivityTimedOut',
    withOutput: (output) => ({ activitySucceededEventDetails: { output, outputDetails: NOT_TRUNCATED } }),
    submitted: () => ({}),
    withError: (error) => (isTimeout(error) ? { activityTimedOutEventDetails: errorDetails(error) } : { activityFailedEventDetails: errorDetails(error) }),
  };
}

function timeouts(call: TaskEventCall): { timeoutInSeconds?: number; heartbeatInSeconds?: number } {
  return {
    ...(call.timeoutSeconds === undefined ? {} : { timeoutInSeconds: call.timeoutSeconds }),
    ...(call.heartbeatSeconds === undefined ? {} : { heartbeatInSeconds: call.heartbeatSeconds }),
  };
}

/** `resourceType` and `resource` of Task* events: `lambda` / `invoke`, `aws-sdk:s3` / `getObject`, `states` / `startExecution.sync`. */
function taskResource(resource: ParsedResource): { resourceType: string; resource: string } {
  switch (resource.kind) {
    case 'optimized':
      return { resourceType: resource.service, resource: `${resource.action}${patternSuffix(resource.pattern)}` };
    case 'aws-sdk':
      return { resourceType: `aws-sdk:${resource.service}`, resource: `${resource.action}${patternSuffix(resource.pattern)}` };
    case 'http':
      return { resourceType: 'http', resource: 'invoke' };
    default:
      return { resourceType: 'unknown', resource: resource.arn };
  }
}
