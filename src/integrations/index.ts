// statewright/integrations: the service-integration catalogue and `Resource` parsing, shared by the
// validator and the executor.
export {
  OPTIMIZED_INTEGRATIONS,
  findOptimizedIntegration,
  type OptimizedIntegration,
  type ResourceUsage,
} from './catalogue.js';
export type {
  ActivityResource,
  AwsSdkResource,
  HttpResource,
  InvalidResource,
  LambdaFunctionResource,
  OptimizedResource,
  ParsedResource,
} from './parsed-resource.js';
export { PARTITIONS, type Partition } from './partition.js';
export { awsSdkErrorName, awsSdkServiceName } from './sdk-errors.js';
export { LAMBDA_SERVICE_ERRORS } from './lambda-errors.js';
export { INTEGRATION_PATTERNS, patternSuffix, type IntegrationPattern } from './pattern.js';
export { isResourceAllowedForType, parseResource, type WorkflowType } from './resource.js';
// The typed helpers that make Task options for the builder.
export type { DynamoDbErrorName, LambdaErrorName, ServiceErrorName, StepFunctionsErrorName } from './typed/error-names.js';
export { batchSubmitJobSync, ecsRunTaskSync, type BatchJobResult, type BatchSubmitJobRequest, type EcsRunTaskRequest, type EcsTaskResult } from './typed/batch-ecs.js';
export {
  dynamodbDeleteItem,
  dynamodbGetItem,
  dynamodbPutItem,
  dynamodbUpdateItem,
  type AttributeMap,
  type AttributeValue,
  type ConsumedCapacity,
  type DeleteItemRequest,
  type DynamoDbOptions,
  type GetItemRequest,
  type GetItemResult,
  type ItemRequest,
  type PutItemRequest,
  type UpdateItemRequest,
  type WriteItemResult,
} from './typed/dynamodb.js';
export { eventBridgePutEvents, type EventEntry, type PutEventsRequest, type PutEventsResult } from './typed/eventbridge.js';
export { awsSdk, httpInvoke, type AwsSdkOptions, type HttpInvokeOptions, type HttpInvokeRequest, type HttpInvokeResult } from './typed/http-sdk.js';
export {
  lambdaInvoke,
  lambdaInvokeWaitForTaskToken,
  type LambdaInvokeOptions,
  type LambdaInvokeRequest,
  type LambdaInvokeResult,
  type LambdaParameters,
  type LambdaTypedOptions,
  type NeedsTaskToken,
} from './typed/lambda.js';
export { snsPublish, sqsSendMessage, type MessageAttribute, type MessageBody, type SnsPublishRequest, type SnsPublishResult, type SqsSendMessageRequest, type SqsSendMessageResult } from './typed/messaging.js';
export type { SdkMetadata } from './typed/sdk-metadata.js';
export type { CheckFields, RequestTemplate, ServiceOptions, ServiceRetry, ServiceTask } from './typed/service-task.js';
export {
  sfnStartExecution,
  sfnStartExecutionSync,
  type StartExecutionRequest,
  type StartExecutionResult,
  type SyncExecutionResult,
} from './typed/step-functions.js';
