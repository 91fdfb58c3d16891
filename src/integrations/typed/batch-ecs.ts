import { z } from 'zod';
import type { PayloadTemplate } from '../../builder/index.js';
import { serviceTask, type CheckFields, type ServiceOptions, type ServiceTask } from './service-task.js';

/**
 * The request of a `batch:submitJob` task (AWS Batch SubmitJob; the common fields).
 *
 * @example
 * ```ts
 * import type { BatchSubmitJobRequest } from 'statewright/integrations';
 * const r: BatchSubmitJobRequest = { JobName: 'nightly', JobQueue: 'jobs', JobDefinition: 'report:3' };
 * ```
 */
export interface BatchSubmitJobRequest {
  readonly JobName: string;
  readonly JobQueue: string;
  readonly JobDefinition: string;
  readonly Parameters?: Readonly<Record<string, string>>;
  readonly ArrayProperties?: { readonly Size?: number };
  readonly DependsOn?: readonly { readonly JobId?: string; readonly Type?: 'N_TO_N' | 'SEQUENTIAL' }[];
  readonly ContainerOverrides?: {
    readonly Command?: readonly string[];
    readonly Environment?: readonly { readonly Name: string; readonly Value: string }[];
    readonly ResourceRequirements?: readonly { readonly Type: 'GPU' | 'MEMORY' | 'VCPU'; readonly Value: string }[];
  };
  readonly RetryStrategy?: { readonly Attempts?: number };
  readonly Timeout?: { readonly AttemptDurationSeconds?: number };
  readonly Tags?: Readonly<Record<string, string>>;
  readonly PropagateTags?: boolean;
  readonly SchedulingPriorityOverride?: number;
  readonly ShareIdentifier?: string;
}

/**
 * What a `batch:submitJob.sync` task returns when the job succeeds: the job as DescribeJobs describes
 * it (the common fields; dates in epoch milliseconds).
 *
 * @example
 * ```ts
 * import type { BatchJobResult } from 'statewright/integrations';
 * const r: BatchJobResult = { JobId: 'j-1', JobName: 'nightly', JobQueue: 'jobs', JobDefinition: 'report:3', Status: 'SUCCEEDED' };
 * ```
 */
export interface BatchJobResult {
  JobArn?: string;
  JobId: string;
  JobName: string;
  JobQueue: string;
  JobDefinition: string;
  Status: 'SUCCEEDED';
  StatusReason?: string;
  CreatedAt?: number;
  StartedAt?: number;
  StoppedAt?: number;
  Parameters?: Record<string, string>;
  Attempts?: { Container?: { ExitCode?: number; LogStreamName?: string; Reason?: string }; StartedAt?: number; StoppedAt?: number; StatusReason?: string }[];
  Container?: { ExitCode?: number; LogStreamName?: string; Reason?: string };
  Tags?: Record<string, string>;
}

/**
 * An `arn:aws:states:::batch:submitJob.sync` task: submits the job and waits until it ends (a failed
 * job fails the task).
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { batchSubmitJobSync } from 'statewright/integrations';
 *
 * const wf = workflow<{ name: string }>('Nightly').task('Run', batchSubmitJobSync({ 'JobName.$': '$.name', JobQueue: 'jobs', JobDefinition: 'report:3' }));
 * console.log(wf.toJson());
 * ```
 */
export function batchSubmitJobSync<const T extends PayloadTemplate>(
  parameters: T & CheckFields<T, BatchSubmitJobRequest>,
  options?: ServiceOptions,
): ServiceTask<T, BatchSubmitJobRequest, BatchJobResult> {
  const result = z.object({ JobId: z.string(), JobName: z.string(), Status: z.literal('SUCCEEDED') });
  return serviceTask('arn:aws:states:::batch:submitJob.sync', parameters, result, options);
}

/**
 * The request of an `ecs:runTask` task (Amazon ECS RunTask; the common fields).
 *
 * @example
 * ```ts
 * import type { EcsRunTaskRequest } from 'statewright/integrations';
 * const r: EcsRunTaskRequest = { Cluster: 'jobs', TaskDefinition: 'report:3', LaunchType: 'FARGATE' };
 * ```
 */
export interface EcsRunTaskRequest {
  readonly TaskDefinition: string;
  readonly Cluster?: string;
  readonly LaunchType?: 'EC2' | 'FARGATE' | 'EXTERNAL';
  readonly Count?: number;
  readonly Group?: string;
  readonly PlatformVersion?: string;
  readonly StartedBy?: string;
  readonly EnableExecuteCommand?: boolean;
  readonly PropagateTags?: 'TASK_DEFINITION' | 'SERVICE' | 'NONE';
  readonly NetworkConfiguration?: {
    readonly AwsvpcConfiguration: { readonly Subnets: readonly string[]; readonly SecurityGroups?: readonly string[]; readonly AssignPublicIp?: 'ENABLED' | 'DISABLED' };
  };
  readonly Overrides?: {
    readonly ContainerOverrides?: readonly {
      readonly Name?: string;
      readonly Command?: readonly string[];
      readonly Environment?: readonly { readonly Name: string; readonly Value: string }[];
    }[];
    readonly Cpu?: string;
    readonly Memory?: string;
  };
  readonly Tags?: readonly { readonly Key: string; readonly Value: string }[];
}

/**
 * What an `ecs:runTask.sync` task returns when the task stops: the ECS task as DescribeTasks describes
 * it (the common fields; dates in epoch milliseconds).
 *
 * @example
 * ```ts
 * import type { EcsTaskResult } from 'statewright/integrations';
 * const r: EcsTaskResult = { TaskArn: 'arn:aws:ecs:us-east-1:123456789012:task/jobs/t-1', LastStatus: 'STOPPED' };
 * ```
 */
export interface EcsTaskResult {
  TaskArn: string;
  ClusterArn?: string;
  TaskDefinitionArn?: string;
  LastStatus: string;
  DesiredStatus?: string;
  StopCode?: string;
  StoppedReason?: string;
  CreatedAt?: number;
  StartedAt?: number;
  StoppedAt?: number;
  Containers?: { Name?: string; ContainerArn?: string; ExitCode?: number; LastStatus?: string; Reason?: string }[];
  Group?: string;
  LaunchType?: string;
}

/**
 * An `arn:aws:states:::ecs:runTask.sync` task: runs the ECS task and waits until it stops.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { ecsRunTaskSync } from 'statewright/integrations';
 *
 * const wf = workflow<{ day: string }>('Report').task('Run', ecsRunTaskSync({ Cluster: 'jobs', TaskDefinition: 'report:3', LaunchType: 'FARGATE' }));
 * console.log(wf.toJson());
 * ```
 */
export function ecsRunTaskSync<const T extends PayloadTemplate>(
  parameters: T & CheckFields<T, EcsRunTaskRequest>,
  options?: ServiceOptions,
): ServiceTask<T, EcsRunTaskRequest, EcsTaskResult> {
  return serviceTask('arn:aws:states:::ecs:runTask.sync', parameters, z.object({ TaskArn: z.string(), LastStatus: z.string() }), options);
}
