// Error names of the optimized integrations, for `errorEquals`. Lambda: AWS Step Functions Developer
// Guide, "Handle Lambda service exceptions"; DynamoDB and Step Functions: the errors of the API
// actions the helpers call, named `<Service>.<Exception>` as the optimized integrations report them.

/**
 * The error names a `lambda:invoke` task raises besides the function's own: the transient service
 * errors AWS recommends retrying, the throttling error and `Lambda.Unknown` (out of memory or time).
 *
 * @example
 * ```ts
 * import type { LambdaErrorName } from 'statewright/integrations';
 * const name: LambdaErrorName = 'Lambda.TooManyRequestsException';
 * ```
 */
export type LambdaErrorName =
  | 'Lambda.ClientExecutionTimeoutException'
  | 'Lambda.ServiceException'
  | 'Lambda.AWSLambdaException'
  | 'Lambda.SdkClientException'
  | 'Lambda.TooManyRequestsException'
  | 'Lambda.Unknown';

/**
 * The error names of the DynamoDB integration that a Retry or Catch may name.
 *
 * @example
 * ```ts
 * import type { DynamoDbErrorName } from 'statewright/integrations';
 * const name: DynamoDbErrorName = 'DynamoDB.ConditionalCheckFailedException';
 * ```
 */
export type DynamoDbErrorName =
  | 'DynamoDB.ConditionalCheckFailedException'
  | 'DynamoDB.ProvisionedThroughputExceededException'
  | 'DynamoDB.ResourceNotFoundException'
  | 'DynamoDB.ItemCollectionSizeLimitExceededException'
  | 'DynamoDB.TransactionConflictException'
  | 'DynamoDB.AmazonDynamoDBException';

/**
 * The error names of the Step Functions integration that a Retry or Catch may name.
 *
 * @example
 * ```ts
 * import type { StepFunctionsErrorName } from 'statewright/integrations';
 * const name: StepFunctionsErrorName = 'StepFunctions.ExecutionAlreadyExistsException';
 * ```
 */
export type StepFunctionsErrorName =
  | 'StepFunctions.ExecutionAlreadyExistsException'
  | 'StepFunctions.ExecutionLimitExceededException'
  | 'StepFunctions.InvalidExecutionInputException'
  | 'StepFunctions.StateMachineDoesNotExistException';

/**
 * The error names of the optimized integrations that `errorEquals` autocompletes in every Retry and
 * Catch (besides the `States.*` names).
 *
 * @example
 * ```ts
 * import type { ServiceErrorName } from 'statewright/integrations';
 * const name: ServiceErrorName = 'Lambda.ServiceException';
 * ```
 */
export type ServiceErrorName = LambdaErrorName | DynamoDbErrorName | StepFunctionsErrorName;
