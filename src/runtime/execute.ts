import type { StateMachine } from '../asl/index.js';
import { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
import { parseDefinitionText } from '../compile/parse-definition.js';
import { validate } from '../compile/validate.js';
import { Callbacks } from './callbacks.js';
import { CancelScope } from './cancel-scope.js';
import { DEFAULT_START_TIME, virtualClock } from './clock.js';
import { asAslError } from './error-matching.js';
import { AslError, StatesDataLimitExceeded, StatesTimeout } from './errors.js';
import { History } from './history.js';
import type { HistoryEventType } from './history-event.js';
import { exceedsBytes } from './json-size.js';
import { checkJsonValue } from './json-value.js';
import type { ExecuteOptions, ExecutionHandle, ExecutionResult, ExecutionStatus, Limits } from './options.js';
import { randomUuid, seededRandom } from './random.js';
import type { ExecutionContext, Fiber } from './run-context.js';
import { VariableScope } from './variables.js';
import { runScope } from './run-scope.js';
import { schedulerFor, type Scheduler } from './scheduler.js';
import { FailStateError } from './states/fail.js';
import { DEFAULT_REGION } from './task-invoke.js';
import { taskServices } from './tasks/task-services.js';

/** AWS's quotas. */
export const DEFAULT_LIMITS: Limits = { payloadBytes: 262_144, historyEvents: 25_000 };
const ACCOUNT = '123456789012';
const EXPRESS_LIMIT_SECONDS = 300;
/**
 * A Standard execution's longest run, "1 year" in AWS's quotas, taken as 366 days. A Task without
 * `TimeoutSeconds` (AWS's default 99,999,999 s, over three years) or a handler that never settles
 * therefore ends here, TIMED_OUT with States.Timeout, as on AWS, instead of hanging.
 */
const STANDARD_LIMIT_SECONDS = 366 * 24 * 3600;

/**
 * Runs an ASL definition to its end, as AWS Step Functions would, and resolves to its result.
 * Errors the workflow raises are in the result; only an invalid definition rejects (an
 * {@link InvalidDefinitionError} with the validator's diagnostics), before anything runs.
 *
 * @example
 * ```ts
 * import { execute } from 'statewright/runtime';
 *
 * const result = await execute(
 *   { StartAt: 'Greet', States: { Greet: { Type: 'Pass', Result: 'hello', End: true } } },
 *   { input: {} },
 * );
 * console.log(result.status, result.output); // SUCCEEDED hello
 * ```
 */
export function execute(definition: unknown, options: ExecuteOptions = {}): Promise<ExecutionResult> {
  try {
    return startExecution(definition, options).result;
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Starts an execution and returns its handle at once: `result` settles at the end, `stop()` aborts it.
 * Throws an {@link InvalidDefinitionError} for a definition that does not validate.
 *
 * @example
 * ```ts
 * import { startExecution } from 'statewright/runtime';
 *
 * const handle = startExecution({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 60, End: true } } });
 * handle.stop('Operator.Stopped', 'not needed any more');
 * console.log((await handle.result).status); // ABORTED
 * ```
 */
export function startExecution(definition: unknown, options: ExecuteOptions = {}): ExecutionHandle {
  return launch(definition, options, undefined);
}

/** What a nested execution shares with its parent: the scheduler (so the clock) and the task tokens. */
interface Family {
  readonly scheduler: Scheduler;
  readonly callbacks: Callbacks;
}

/** Starts an execution; a nested one runs on its parent's scheduler and shares its task tokens. */
function launch(definition: unknown, options: ExecuteOptions, family: Family | undefined): ExecutionHandle {
  const machine = parseDefinition(definition, options.type ?? 'STANDARD');
  const clock = options.clock ?? virtualClock(options.startTime ?? DEFAULT_START_TIME);
  const scheduler = family?.scheduler ?? schedulerFor(clock);
  const callbacks = family?.callbacks ?? new Callbacks();
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const history = new History(() => scheduler.now(), limits.historyEvents, options.history !== false);
  const random = seededRandom(options.random ?? 0);
  const input = options.input === undefined ? {} : options.input;
  const name = options.name ?? randomUuid(random);
  const machineName = options.context?.stateMachineName ?? options.stateMachineName ?? 'StateMachine';
  const ex: ExecutionContext = {
    definition: machine,
    type: options.type ?? 'STANDARD',
    scheduler,
    history,
    random,
    limits,
    tasks: options.tasks ?? {},
    taskResources: options.taskResources ?? {},
    services: taskServices(machine, options, (child, childOptions) => launch(child, childOptions, { scheduler, callbacks })),
    callbacks,
    contextBase: {
      Execution: {
        Id: options.context?.executionId ?? `arn:aws:states:${DEFAULT_REGION}:${ACCOUNT}:execution:${machineName}:${name}`,
        Input: input,
        Name: name,
        RoleArn: options.context?.roleArn ?? `arn:aws:iam::${ACCOUNT}:role/StepFunctionsExecutionRole`,
        StartTime: new Date(scheduler.now()).toISOString(),
        RedriveCount: 0,
      },
      StateMachine: { Id: `arn:aws:states:${DEFAULT_REGION}:${ACCOUNT}:stateMachine:${machineName}`, Name: machineName },
    },
  };
  const root = new CancelScope();
  return {
    result: run(ex, root, input),
    stop: (error = '', cause = '') => {
      root.cancel(new StopRequest(error, cause));
    },
    sendTaskSuccess: (token, output) => {
      ex.callbacks.sendTaskSuccess(token, output);
    },
    sendTaskFailure: (token, error, cause) => {
      ex.callbacks.sendTaskFailure(token, error, cause);
    },
    sendTaskHeartbeat: (token) => {
      ex.callbacks.sendTaskHeartbeat(token);
    },
  };
}

/** The reason of a cancellation that `stop()` asked for. */
class StopRequest extends AslError {}

/** The definition as a validated machine; JSON text is parsed once. */
function parseDefinition(definition: unknown, type: 'STANDARD' | 'EXPRESS'): StateMachine {
  let value = definition;
  if (typeof definition === 'string') {
    const parsed = parseDefinitionText(definition);
    if (!parsed.ok) throw new InvalidDefinitionError([parsed.diagnostic]);
    value = parsed.value;
  }
  const diagnostics = validate(value, { type });
  if (diagnostics.some((d) => d.severity === 'ERROR')) throw new InvalidDefinitionError(diagnostics);
  return value as StateMachine;
}

async function run(ex: ExecutionContext, root: CancelScope, input: unknown): Promise<ExecutionResult> {
  const startDate = new Date(ex.scheduler.now());
  const fiber: Fiber = { scope: root, variables: new VariableScope(), lastEventId: 0 };
  const end = (status: ExecutionStatus, type: HistoryEventType, fields: Partial<ExecutionResult>, details: object): ExecutionResult => {
    ex.history.addFinal(type, fiber.lastEventId, details);
    const unusedMocks = ex.services.unusedMocks();
    const stopDate = new Date(ex.scheduler.now());
    const elapsed = stopDate.getTime() - startDate.getTime();
    return { status, ...fields, events: ex.history.events, ...(unusedMocks.length > 0 ? { unusedMocks } : {}), startDate, stopDate, elapsed };
  };
  const timer = executionTimer(ex, root);
  try {
    checkJsonValue(input, 'The execution input');
    ex.history.add('ExecutionStarted', 0, {
      executionStartedEventDetails: { input, inputDetails: { truncated: false }, roleArn: ex.contextBase.Execution.RoleArn },
    });
    if (exceedsBytes(input, ex.limits.payloadBytes)) throw new StatesDataLimitExceeded('The execution input exceeds the maximum number of bytes service limit.');
    const output = await runScope(ex, ex.definition, input, fiber, 0);
    return end('SUCCEEDED', 'ExecutionSucceeded', { output }, { executionSucceededEventDetails: { output, outputDetails: { truncated: false } } });
  } catch (thrown) {
    const error = root.reason ?? asAslError(thrown);
    const fields = errorFields(error);
    if (error instanceof StopRequest) return end('ABORTED', 'ExecutionAborted', fields, { executionAbortedEventDetails: fields });
    if (error instanceof ExecutionTimeout) return end('TIMED_OUT', 'ExecutionTimedOut', fields, { executionTimedOutEventDetails: fields });
    return end('FAILED', 'ExecutionFailed', fields, { executionFailedEventDetails: fields });
  } finally {
    timer.cancel(new AslError('done'));
  }
}

/** The execution's own TimeoutSeconds (five minutes for Express, at most). */
class ExecutionTimeout extends StatesTimeout {}

function executionTimer(ex: ExecutionContext, root: CancelScope): CancelScope {
  const limit = ex.type === 'EXPRESS' ? EXPRESS_LIMIT_SECONDS : STANDARD_LIMIT_SECONDS;
  const own = ex.definition.TimeoutSeconds;
  const timer = new CancelScope();
  const timedOut = (cause: string) => () => {
    root.cancel(new ExecutionTimeout(cause));
  };
  if ((own !== undefined && own > 0 && own <= limit) || ex.type === 'EXPRESS') {
    const seconds = own !== undefined && own > 0 ? Math.min(own, limit) : limit;
    ex.scheduler.sleep(seconds * 1000, timer).then(timedOut(`The execution exceeded its TimeoutSeconds of ${seconds}`), () => undefined);
  } else {
    // The quota, not a timeout the workflow asked for: virtual time does not run to it while a callback is awaited.
    ex.scheduler
      .deadline(limit * 1000, timer)
      .then(timedOut(`The execution exceeded the maximum duration of a Standard execution (${limit} seconds)`), () => undefined);
  }
  return timer;
}

/** `error` and `cause` as a result carries them: a Fail state may leave either out. */
function errorFields(error: AslError): { error?: string; cause?: string } {
  if (error instanceof FailStateError) {
    return { ...(error.errorGiven ? { error: error.error } : {}), ...(error.causeGiven ? { cause: error.cause } : {}) };
  }
  return { error: error.error, cause: error.cause };
}
