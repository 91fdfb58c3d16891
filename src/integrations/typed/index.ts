export { batchSubmitJobSync, ecsRunTaskSync, type BatchJobResult, type BatchSubmitJobRequest, type EcsRunTaskRequest, type EcsTaskResult } from './batch-ecs.js';
export {
  dynamodbDeleteItem,
  dynamodbGetItem,
  dynamodbPutItem,
  dynamodbUpdateItem,
  type AttributeMap,
  type AttributeValue,
  type ConsumedCapacity,
  type DeleteItemRequest,
  type DynamoDbErrorName,
  type DynamoDbOptions,
  type GetItemRequest,
  type GetItemResult,
  type ItemRequest,
  type PutItemRequest,
  type UpdateItemRequest,
  type WriteItemResult,
} from './dynamodb.js';
export { eventBridgePutEvents, type EventEntry, type PutEventsRequest, type PutEventsResult } from './eventbridge.js';
export { awsSdk, httpInvoke, type AwsSdkOptions, type HttpInvokeOptions, type HttpInvokeRequest, type HttpInvokeResult } from './http-sdk.js';
export {
  lambdaInvoke,
  lambdaInvokeWaitForTaskToken,
  type LambdaErrorName,
  type LambdaInvokeOptions,
  type LambdaInvokeRequest,
  type LambdaInvokeResult,
  type LambdaParameters,
  type LambdaTypedOptions,
  type NeedsTaskToken,
} from './lambda.js';
export { snsPublish, sqsSendMessage, type MessageAttribute, type MessageBody, type SnsPublishRequest, type SnsPublishResult, type SqsSendMessageRequest, type SqsSendMessageResult } from './messaging.js';
export type { SdkMetadata } from './sdk-metadata.js';
export type { CheckFields, RequestTemplate, ServiceOptions, ServiceRetry, ServiceTask } from './service-task.js';
export {
  sfnStartExecution,
  sfnStartExecutionSync,
  type StartExecutionRequest,
  type StartExecutionResult,
  type StepFunctionsErrorName,
  type SyncExecutionResult,
} from './step-functions.js';
