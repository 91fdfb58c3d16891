import type { OptimizedResource } from '../../integrations/index.js';
import { AslError, StatesTaskFailed } from '../errors.js';
import type { ExecuteOptions, ExecutionHandle, ExecutionResult } from '../options.js';
import { DEFAULT_REGION } from './task-events.js';

const ACCOUNT = '123456789012';

/** What a nested execution needs of its parent. */
export interface NestedRun {
  readonly input: unknown;
  readonly stateMachines: Readonly<Record<string, unknown>>;
  /** Starts the child on the parent's clock. */
  readonly start: (definition: unknown, options: ExecuteOptions) => ExecutionHandle;
  /** Options a child of this state machine inherits (handlers by resource, Lambda functions, machines, mock file, limits). */
  readonly inheritedFor: (machineName: string) => ExecuteOptions;
  /** A name for a child the task does not name. */
  readonly newName: () => string;
  readonly now: () => number;
  /** Records `TaskSubmitted` with the StartExecution response. */
  readonly submitted: (response: unknown) => void;
  /** Called with a stop function that aborts the child, when the parent's task stops waiting. */
  readonly onAbandon: (stop: () => void) => void;
}

/** Whether a `states:startExecution` task targets a registered machine (else it falls to other handlers). */
export function isNestedExecution(resource: OptimizedResource, stateMachines: Readonly<Record<string, unknown>> | undefined): boolean {
  return resource.service === 'states' && resource.action === 'startExecution' && stateMachines !== undefined && Object.keys(stateMachines).length > 0;
}

/**
 * `arn:aws:states:::states:startExecution[.sync|.sync:2|.waitForTaskToken]` run in process: starts the
 * registered definition as a child execution. Request-response and `.waitForTaskToken` answer with the
 * StartExecution response `{ ExecutionArn, StartDate, SdkHttpMetadata, SdkResponseMetadata }`; `.sync` and
 * `.sync:2` record it as `TaskSubmitted`, wait for the child and answer with its DescribeExecution output
 * (`Input` / `Output` as JSON text for `.sync`, as JSON for `.sync:2`). A child that does not succeed
 * fails the task with States.TaskFailed and that output, as JSON text, for cause.
 */
export async function runNestedExecution(resource: OptimizedResource, run: NestedRun): Promise<unknown> {
  const params = isRecord(run.input) ? run.input : {};
  const machineArn = typeof params['StateMachineArn'] === 'string' ? params['StateMachineArn'] : '';
  const machineName = machineArn.split(':').at(-1) ?? machineArn;
  const definition = lookup(run.stateMachines, machineArn, machineName);
  if (definition === undefined) {
    throw new AslError(
      'StepFunctions.StateMachineDoesNotExistException',
      `State Machine Does Not Exist: '${machineArn}' (Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist)`,
    );
  }
  const input = childInput(params['Input']);
  const name = typeof params['Name'] === 'string' ? params['Name'] : run.newName();
  const executionArn = `arn:aws:states:${DEFAULT_REGION}:${ACCOUNT}:execution:${machineName}:${name}`;
  const handle = run.start(definition, {
    ...run.inheritedFor(machineName),
    input,
    name,
    stateMachineName: machineName,
    context: { executionId: executionArn, stateMachineName: machineName },
  });
  const startDate = run.now();
  const started = { ExecutionArn: executionArn, StartDate: startDate, ...sdkMetadata() };
  if (resource.pattern !== 'sync' && resource.pattern !== 'sync:2') {
    void handle.result;
    return started;
  }
  run.submitted(started);
  run.onAbandon(() => {
    handle.stop('States.Aborted', `The Task state which was managing this execution (${executionArn}) was aborted`);
  });
  const result = await handle.result;
  const asJson = resource.pattern === 'sync:2';
  const described = describeExecution(result, { executionArn, machineArn, name, input, asJson });
  if (result.status !== 'SUCCEEDED') throw new StatesTaskFailed(JSON.stringify(described));
  return described;
}

function lookup(machines: Readonly<Record<string, unknown>>, arn: string, name: string): unknown {
  if (Object.hasOwn(machines, arn)) return machines[arn];
  if (Object.hasOwn(machines, name)) return machines[name];
  return undefined;
}

/** StartExecution's `Input`: JSON text is parsed, a JSON value passed as is, none is `{}`. */
function childInput(input: unknown): unknown {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch {
    throw new AslError('StepFunctions.InvalidExecutionInputException', `Invalid State Machine Execution Input: '${input}' (Service: AWSStepFunctions; Status Code: 400; Error Code: InvalidExecutionInput)`);
  }
}

interface Described {
  readonly executionArn: string;
  readonly machineArn: string;
  readonly name: string;
  readonly input: unknown;
  readonly asJson: boolean;
}

/** DescribeExecution's output, PascalCase and in AWS's key order, dates in epoch milliseconds. */
function describeExecution(result: ExecutionResult, d: Described): Record<string, unknown> {
  const text = (value: unknown) => (d.asJson ? value : JSON.stringify(value));
  const succeeded = result.status === 'SUCCEEDED';
  return {
    ...(succeeded ? {} : { Cause: result.cause, Error: result.error }),
    ExecutionArn: d.executionArn,
    Input: text(d.input),
    InputDetails: { Included: true },
    Name: d.name,
    ...(succeeded ? { Output: text(result.output), OutputDetails: { Included: true } } : {}),
    RedriveCount: 0,
    ...(succeeded ? { RedriveStatus: 'NOT_REDRIVABLE', RedriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven' } : {}),
    StartDate: result.startDate.getTime(),
    StateMachineArn: d.machineArn,
    Status: result.status,
    StopDate: result.stopDate.getTime(),
  };
}

function sdkMetadata(): Record<string, unknown> {
  const requestId = '00000000-0000-0000-0000-000000000000';
  const headers = { 'Content-Type': 'application/x-amz-json-1.0', 'x-amzn-RequestId': requestId };
  return {
    SdkHttpMetadata: { AllHttpHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])), HttpHeaders: headers, HttpStatusCode: 200 },
    SdkResponseMetadata: { RequestId: requestId },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
