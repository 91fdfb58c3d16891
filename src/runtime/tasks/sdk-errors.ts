import { awsSdkErrorName, awsSdkServiceName, type ParsedResource } from '../../integrations/index.js';
import { AslError, StatesTaskFailed } from '../errors.js';

/**
 * The error an AWS SDK integration fails with when the service refuses the call: named
 * `<Service>.<Code>Exception` as AWS names it (`DynamoDb.ConditionalCheckFailedException`), with AWS's
 * cause `<message> (Service: <Service>, Status Code: <status>, Request ID: <id>)`. Throw it from a mock
 * of an `aws-sdk:<service>:<action>` task.
 *
 * @example
 * ```ts
 * import { awsSdkError, execute } from 'statewright/runtime';
 *
 * const result = await execute(
 *   {
 *     StartAt: 'Save',
 *     States: { Save: { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:dynamodb:putItem', End: true } },
 *   },
 *   { tasks: { Save: () => { throw awsSdkError('dynamodb', 'ConditionalCheckFailedException', 'The conditional request failed'); } } },
 * );
 * console.log(result.error); // DynamoDb.ConditionalCheckFailedException
 * ```
 */
export function awsSdkError(service: string, code: string, message = '', statusCode = 400, requestId = '00000000-0000-0000-0000-000000000000'): AslError {
  return new AslError(awsSdkErrorName(service, code), `${message} (Service: ${awsSdkServiceName(service)}, Status Code: ${statusCode}, Request ID: ${requestId})`);
}

/** What the AWS SDK for JavaScript v3 throws for a service error: a name, a message and `$metadata`. */
interface SdkServiceException {
  readonly name: string;
  readonly message: string;
  readonly $metadata: { readonly httpStatusCode?: number; readonly requestId?: string };
}

function isSdkServiceException(thrown: unknown): thrown is SdkServiceException {
  return thrown instanceof Error && '$metadata' in thrown && typeof thrown.$metadata === 'object' && thrown.$metadata !== null;
}

/**
 * A handler's throw as an ASL error: an AslError as thrown; an AWS SDK v3 service exception thrown for
 * an `aws-sdk:` task under AWS's `<Service>.<Code>Exception` name; anything else States.TaskFailed with
 * its message as cause.
 */
export function handlerError(thrown: unknown, resource: ParsedResource): AslError {
  if (thrown instanceof AslError) return thrown;
  if (resource.kind === 'aws-sdk' && isSdkServiceException(thrown)) {
    return awsSdkError(resource.service, thrown.name, thrown.message, thrown.$metadata.httpStatusCode ?? 400, thrown.$metadata.requestId);
  }
  return new StatesTaskFailed(thrown instanceof Error ? thrown.message : String(thrown));
}
