import { z } from 'zod';
import type { InputOf, PayloadTemplate, WorkflowOutputOf } from '../../builder/index.js';
import type { StepFunctionsErrorName } from './error-names.js';
import type { SdkMetadata } from './sdk-metadata.js';
import { serviceTask, type CheckFields, type ServiceOptions, type ServiceTask } from './service-task.js';

/**
 * The request of a `states:startExecution` task: the child's input as JSON (`Input`), or as JSON text.
 *
 * @example
 * ```ts
 * import type { StartExecutionRequest } from 'statewright/integrations';
 * const r: StartExecutionRequest<{ id: string }> = { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child', Input: { id: 'o-1' } };
 * ```
 */
export interface StartExecutionRequest<I> {
  readonly StateMachineArn: string;
  readonly Input?: I;
  readonly Name?: string;
  readonly TraceHeader?: string;
}

/**
 * What a request-response `states:startExecution` task returns (`StartDate` in epoch milliseconds).
 *
 * @example
 * ```ts
 * import type { StartExecutionResult } from 'statewright/integrations';
 * const r: StartExecutionResult = { ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:Child:e-1', StartDate: 0 };
 * ```
 */
export interface StartExecutionResult extends SdkMetadata {
  ExecutionArn: string;
  StartDate: number;
}

/**
 * What a `states:startExecution.sync:2` task returns when the child succeeds: DescribeExecution's
 * output with the child's `Input` and `Output` as JSON (dates in epoch milliseconds).
 *
 * @example
 * ```ts
 * import type { SyncExecutionResult } from 'statewright/integrations';
 * const r: SyncExecutionResult<{ id: string }, { ok: boolean }> = {
 *   ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:Child:e-1', StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child',
 *   Name: 'e-1', Status: 'SUCCEEDED', Input: { id: 'o-1' }, Output: { ok: true }, StartDate: 0, StopDate: 1,
 * };
 * ```
 */
export interface SyncExecutionResult<I, O> {
  ExecutionArn: string;
  StateMachineArn: string;
  Name: string;
  Status: 'SUCCEEDED';
  Input: I;
  Output: O;
  InputDetails?: { Included: boolean };
  OutputDetails?: { Included: boolean };
  StartDate: number;
  StopDate: number;
  RedriveCount?: number;
  RedriveStatus?: string;
  RedriveStatusReason?: string;
}

const started = z.object({ ExecutionArn: z.string(), StartDate: z.number() });

/**
 * An `arn:aws:states:::states:startExecution` task (request-response: it answers once the child started).
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { sfnStartExecution } from 'statewright/integrations';
 *
 * const wf = workflow<{ id: string }>('Kick').task('Start', sfnStartExecution({ StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child', 'Input.$': '$' }));
 * console.log(wf.toJson());
 * ```
 */
export function sfnStartExecution<const T extends PayloadTemplate>(
  parameters: T & CheckFields<T, StartExecutionRequest<unknown>>,
  options?: ServiceOptions<StepFunctionsErrorName>,
): ServiceTask<T, StartExecutionRequest<unknown>, StartExecutionResult> {
  return serviceTask('arn:aws:states:::states:startExecution', parameters, started, options);
}

/**
 * An `arn:aws:states:::states:startExecution.sync:2` task that runs `child` (a statewright workflow) and
 * waits for it: the request's `Input` must be the child's input type, and the result's `Output` is
 * the child's output type. A child that fails fails the task (`States.TaskFailed`).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { sfnStartExecutionSync } from 'statewright/integrations';
 *
 * const child = workflow<{ id: string }>('Child').pass('Label', { result: 'done', resultPath: '$.label' });
 * const parent = workflow<{ orderId: string }>('Parent')
 *   .task('Run Child', { ...sfnStartExecutionSync(child, { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child', Input: { 'id.$': '$.orderId' } }), outputPath: '$.Output' });
 * console.log(parent.toJson());
 * ```
 */
export function sfnStartExecutionSync<Child, const T extends PayloadTemplate>(
  _child: Child,
  parameters: T & CheckFields<T, StartExecutionRequest<unknown>>,
  options?: ServiceOptions<StepFunctionsErrorName>,
): ServiceTask<T, StartExecutionRequest<InputOf<Child>>, SyncExecutionResult<InputOf<Child>, WorkflowOutputOf<Child>>> {
  const result = z.object({ ExecutionArn: z.string(), Status: z.literal('SUCCEEDED'), Output: z.unknown(), StartDate: z.number(), StopDate: z.number() });
  return serviceTask('arn:aws:states:::states:startExecution.sync:2', parameters, result, options);
}
