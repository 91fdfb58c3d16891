import { parseResource, type ParsedResource } from '../integrations/index.js';
import type { ContextObject } from './context-object.js';
import { StatesDataLimitExceeded, StatesRuntime, type AslError } from './errors.js';
import { exceedsBytes } from './json-size.js';
import { checkJsonValue } from './json-value.js';
import { randomUuid } from './random.js';
import { record, type ExecutionContext, type Fiber } from './run-context.js';
import { handlerError } from './tasks/sdk-errors.js';
import { eventsFor, isTimeout } from './tasks/task-events.js';
import type { AnswerContext } from './tasks/task-services.js';
import { startWatchdog } from './watchdog.js';

export { DEFAULT_REGION } from './tasks/task-events.js';

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
 * Runs a task through what answers it (ex.services: a handler by state name, a MockConfigFile mock, a
 * handler by resource, a nested execution or a Lambda function) and records the events AWS records:
 * `LambdaFunction*` for a plain Lambda ARN, `Activity*` for an activity, `Task*` otherwise, with
 * `TaskSubmitted` for `.sync` and `.waitForTaskToken`. For `.waitForTaskToken` a handler's answer is the
 * submission and the result is what `sendTaskSuccess` sends for the token in `$$.Task.Token`; a
 * MockConfigFile mock's answer is the result itself. For `.sync` every mock's answer is the job's result.
 */
export async function invokeTask(ex: ExecutionContext, fiber: Fiber, call: TaskCall): Promise<unknown> {
  const resource = parseResource(call.resource);
  const events = eventsFor(resource, call);
  const answer = ex.services.resolve(call.stateName, resource);
  if (answer === undefined) throw unanswered(call, resource);
  record(ex, fiber, events.scheduled.type, events.scheduled.details);
  record(ex, fiber, events.started.type, events.started.details);
  const watchdog = startWatchdog(ex.scheduler, fiber.scope, call.timeoutSeconds, call.heartbeatSeconds);
  const token = call.context.Task?.Token;
  const pattern = resource.kind === 'optimized' || resource.kind === 'aws-sdk' ? resource.pattern : 'request-response';
  const abandon: (() => void)[] = [];
  try {
    if ((pattern === 'sync' || pattern === 'sync:2') && answer.source !== 'nested') record(ex, fiber, 'TaskSubmitted', events.submitted());
    // The token is live from the start, as on AWS: a callback may come before the submission returns.
    const callback = token === undefined || answer.source === 'mock' ? undefined : ex.callbacks.wait(token, () => {
      watchdog.beat();
    });
    callback?.catch(() => undefined);
    // An activity worker heartbeats with the token GetActivityTask gave it; here the handler is the worker.
    const beat = resource.kind === 'activity' ? () => { watchdog.beat(); } : undefined;
    const context = answerContext(ex, fiber, call, { events, abandon, beat });
    const work = ex.scheduler.run(() => answer.run(call.input, context));
    let result = await raceCancel(Promise.race([work, watchdog.expired]), fiber);
    checkJsonValue(result, `the result of task state '${call.stateName}'`);
    if (callback !== undefined) {
      record(ex, fiber, 'TaskSubmitted', events.submitted(result));
      result = await raceCancel(Promise.race([ex.scheduler.track(callback), watchdog.expired]), fiber);
    }
    if (exceedsBytes(result, ex.limits.payloadBytes)) {
      throw new StatesDataLimitExceeded(`The state/task '${call.stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`);
    }
    record(ex, fiber, events.succeeded, events.withOutput(result));
    return result;
  } catch (thrown) {
    for (const stop of abandon) stop();
    const error = handlerError(thrown, resource);
    if (isTimeout(error)) record(ex, fiber, events.timedOut, events.withError(error));
    else if (!fiber.scope.isCancelled() && !(error instanceof StatesRuntime)) record(ex, fiber, events.failed, events.withError(error));
    throw error;
  } finally {
    watchdog.dispose();
    if (token !== undefined) ex.callbacks.forget(token);
  }
}

interface AnswerHooks {
  readonly events: ReturnType<typeof eventsFor>;
  readonly abandon: (() => void)[];
  /** Set for an activity, whose worker (the handler) may heartbeat without a callback token. */
  readonly beat: (() => void) | undefined;
}

function answerContext(ex: ExecutionContext, fiber: Fiber, call: TaskCall, { events, abandon, beat }: AnswerHooks): AnswerContext {
  const token = call.context.Task?.Token;
  const noToken = () => new StatesRuntime(`Task state '${call.stateName}' (resource ${call.resource}) has no task token: only .waitForTaskToken tasks are completed by callbacks (and only they and activities heartbeat)`);
  return {
    stateName: call.stateName,
    resource: call.resource,
    context: call.context,
    retryCount: call.retryCount,
    sleep: (seconds) => ex.scheduler.sleep(seconds * 1000, fiber.scope),
    sendTaskSuccess: (output) => {
      if (token === undefined) throw noToken();
      ex.callbacks.sendTaskSuccess(token, output);
    },
    sendTaskFailure: (error, cause) => {
      if (token === undefined) throw noToken();
      ex.callbacks.sendTaskFailure(token, error, cause);
    },
    sendTaskHeartbeat: () => {
      if (beat !== undefined) {
        beat();
        return;
      }
      if (token === undefined) throw noToken();
      ex.callbacks.sendTaskHeartbeat(token);
    },
    submitted: (response) => {
      record(ex, fiber, 'TaskSubmitted', events.submitted(response));
    },
    onAbandon: (stop) => {
      abandon.push(stop);
    },
    requestId: () => randomUuid(ex.random),
    now: () => ex.scheduler.now(),
    newName: () => randomUuid(ex.random),
    seed: () => Math.floor(ex.random.next() * 2 ** 32),
    callbacks: ex.callbacks,
  };
}

/** The error of a task nothing answers: it names the state, the resource and the ways to answer it. */
function unanswered(call: TaskCall, resource: ParsedResource): AslError {
  const extra =
    resource.kind === 'lambda-function' || (resource.kind === 'optimized' && resource.service === 'lambda')
      ? ", 'lambdaFunctions' (by function name)"
      : resource.kind === 'optimized' && resource.service === 'states' && resource.action === 'startExecution'
        ? ", 'stateMachines' (definitions to run as nested executions)"
        : '';
  return new StatesRuntime(
    `No task handler for state '${call.stateName}' (resource ${call.resource}): pass one in 'tasks' (by state name), 'taskResources' (by resource)${extra} or a 'mockConfig' test case`,
  );
}

/** Stops waiting for a handler when the fiber is cancelled. */
function raceCancel(work: Promise<unknown>, fiber: Fiber): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const remove = fiber.scope.onCancel(reject);
    work.then(resolve, reject).finally(remove);
  });
}
