import type { IntegrationPattern } from './pattern.js';

// Source: AWS Step Functions Developer Guide, "Integrating optimized services with Step Functions"
// (integrate-optimized.html) and each service page (connect-<service>.html: lambda, batch, ddb, ecs, sns,
// sqs, glue, databrew, sagemaker, emr, emr-eks, emr-serverless, codebuild, athena, eks, api-gateway,
// eventbridge, stepfunctions, bedrock, mediaconvert), call-https-apis.html (HTTP Task) and
// input-output-itemreader.html / input-output-resultwriter.html (S3 in Distributed Map), read 2025.
// Where the summary table and a service page disagree (Bedrock and EKS list .waitForTaskToken in the
// table, their pages say it is not supported), the service page wins. Cross-checked against
// aws-cdk-lib/aws-stepfunctions-tasks (SUPPORTED_INTEGRATION_PATTERNS) and LocalStack's service list.
// EventBridge Scheduler and Glue crawlers have no optimized integration (CDK calls them via aws-sdk).

/**
 * Where an integration's `Resource` may appear: a Task state, or a Distributed Map's
 * `ItemReader` / `ResultWriter` (the S3 resources, valid nowhere else).
 *
 * @example
 * ```ts
 * import type { ResourceUsage } from 'statewright/integrations';
 * const usage: ResourceUsage = 'item-reader';
 * ```
 */
export type ResourceUsage = 'task' | 'item-reader' | 'result-writer';

/**
 * One optimized integration `arn:aws:states:::<service>:<action>` and the patterns it accepts.
 *
 * @example
 * ```ts
 * import type { OptimizedIntegration } from 'statewright/integrations';
 * const invoke: OptimizedIntegration = {
 *   service: 'lambda',
 *   action: 'invoke',
 *   patterns: ['request-response', 'waitForTaskToken'],
 *   usage: 'task',
 * };
 * ```
 */
export interface OptimizedIntegration {
  /** The service as spelled in the ARN: `lambda`, `elasticmapreduce`, `emr-containers`, `states`, `http`, `s3`. */
  readonly service: string;
  /** The camelCase action: `invoke`, `startExecution`, `getItem`. */
  readonly action: string;
  /** The patterns AWS accepts for this action; `request-response` is always first. */
  readonly patterns: readonly IntegrationPattern[];
  readonly usage: ResourceUsage;
}

const patterns = (...list: IntegrationPattern[]): readonly IntegrationPattern[] => Object.freeze(list);
const RR = patterns('request-response');
const RR_SYNC = patterns('request-response', 'sync');
const RR_WAIT = patterns('request-response', 'waitForTaskToken');
const RR_SYNC_WAIT = patterns('request-response', 'sync', 'waitForTaskToken');
const ALL = patterns('request-response', 'sync', 'sync:2', 'waitForTaskToken');

type Table = Readonly<Record<string, Readonly<Record<string, readonly IntegrationPattern[]>>>>;

const TASK_INTEGRATIONS: Table = {
  apigateway: { invoke: RR_WAIT },
  athena: { startQueryExecution: RR_SYNC, stopQueryExecution: RR, getQueryExecution: RR, getQueryResults: RR },
  batch: { submitJob: RR_SYNC },
  bedrock: { invokeModel: RR, createModelCustomizationJob: RR_SYNC },
  codebuild: {
    startBuild: RR_SYNC,
    stopBuild: RR,
    batchDeleteBuilds: RR,
    batchGetReports: RR,
    startBuildBatch: RR_SYNC,
    stopBuildBatch: RR,
    retryBuildBatch: RR_SYNC,
    deleteBuildBatch: RR,
  },
  databrew: { startJobRun: RR_SYNC },
  dynamodb: { getItem: RR, putItem: RR, updateItem: RR, deleteItem: RR },
  ecs: { runTask: RR_SYNC_WAIT },
  eks: {
    createCluster: RR_SYNC,
    deleteCluster: RR_SYNC,
    createFargateProfile: RR_SYNC,
    deleteFargateProfile: RR_SYNC,
    createNodegroup: RR_SYNC,
    deleteNodegroup: RR_SYNC,
    runJob: RR_SYNC,
    call: RR,
  },
  elasticmapreduce: {
    createCluster: RR_SYNC,
    setClusterTerminationProtection: RR,
    terminateCluster: RR_SYNC,
    addStep: RR_SYNC,
    cancelStep: RR,
    modifyInstanceFleetByName: RR,
    modifyInstanceGroupByName: RR,
  },
  'emr-containers': { createVirtualCluster: RR, deleteVirtualCluster: RR_SYNC, startJobRun: RR_SYNC },
  'emr-serverless': {
    createApplication: RR_SYNC,
    startApplication: RR_SYNC,
    stopApplication: RR_SYNC,
    deleteApplication: RR_SYNC,
    startJobRun: RR_SYNC,
    cancelJobRun: RR_SYNC,
  },
  events: { putEvents: RR_WAIT },
  glue: { startJobRun: RR_SYNC },
  http: { invoke: RR },
  lambda: { invoke: RR_WAIT },
  mediaconvert: { createJob: RR_SYNC },
  sagemaker: {
    createEndpoint: RR,
    createEndpointConfig: RR,
    createHyperParameterTuningJob: RR_SYNC,
    createLabelingJob: RR_SYNC,
    createModel: RR,
    createProcessingJob: RR_SYNC,
    createTrainingJob: RR_SYNC,
    createTransformJob: RR_SYNC,
    updateEndpoint: RR,
  },
  sns: { publish: RR_WAIT },
  sqs: { sendMessage: RR_WAIT },
  states: { startExecution: ALL },
};

function entries(table: Table, usage: ResourceUsage): OptimizedIntegration[] {
  return Object.entries(table).flatMap(([service, actions]) =>
    Object.entries(actions).map(([action, patterns]) => Object.freeze({ service, action, patterns, usage })),
  );
}

/**
 * Every optimized integration Step Functions accepts as `arn:<partition>:states:::<service>:<action>`,
 * including the HTTP Task (`http:invoke`) and the S3 resources of a Distributed Map
 * (`s3:getObject` and `s3:listObjectsV2` for `ItemReader`, `s3:putObject` for `ResultWriter`).
 * AWS SDK integrations (`aws-sdk:<service>:<action>`) are open-ended and not listed.
 *
 * @example
 * ```ts
 * import { OPTIMIZED_INTEGRATIONS } from 'statewright/integrations';
 * const syncable = OPTIMIZED_INTEGRATIONS.filter((i) => i.patterns.includes('sync'));
 * ```
 */
export const OPTIMIZED_INTEGRATIONS: readonly OptimizedIntegration[] = Object.freeze([
  ...entries(TASK_INTEGRATIONS, 'task'),
  ...entries({ s3: { getObject: RR, listObjectsV2: RR } }, 'item-reader'),
  ...entries({ s3: { putObject: RR } }, 'result-writer'),
]);

const BY_KEY: ReadonlyMap<string, OptimizedIntegration> = new Map(OPTIMIZED_INTEGRATIONS.map((i) => [`${i.service}:${i.action}`, i]));

const ACTIONS_BY_SERVICE: ReadonlyMap<string, readonly string[]> = OPTIMIZED_INTEGRATIONS.reduce(
  (map, i) => map.set(i.service, [...(map.get(i.service) ?? []), i.action]),
  new Map<string, string[]>(),
);

/**
 * The optimized integration for a service and action (case-sensitive, as AWS reads them), or undefined.
 *
 * @example
 * ```ts
 * import { findOptimizedIntegration } from 'statewright/integrations';
 * findOptimizedIntegration('states', 'startExecution')?.patterns; // ['request-response', 'sync', 'sync:2', 'waitForTaskToken']
 * findOptimizedIntegration('dynamodb', 'query'); // undefined: use aws-sdk:dynamodb:query
 * ```
 */
export function findOptimizedIntegration(service: string, action: string): OptimizedIntegration | undefined {
  return BY_KEY.get(`${service}:${action}`);
}

/** The actions a service offers as optimized integrations (empty for an unknown service). */
export function optimizedActionsOf(service: string): readonly string[] {
  return ACTIONS_BY_SERVICE.get(service) ?? [];
}
