import { describe, expect, it } from 'vitest';
import { awsSdkErrorName, awsSdkServiceName } from '../../../src/integrations/index.js';
import { awsSdkError, execute } from '../../../src/runtime/index.js';

const sdkTask = (resource: string, extra: Record<string, unknown> = {}) => ({
  StartAt: 'Call',
  States: { Call: { Type: 'Task', Resource: resource, End: true, ...extra } },
});

describe('AWS SDK integration error names', () => {
  it.each([
    // AWS Step Functions Developer Guide, supported-services-awssdk.html
    ['acmpca', 'ResourceNotFoundException', 'AcmPca.ResourceNotFoundException'],
    ['s3', 'BucketAlreadyExists', 'S3.BucketAlreadyExistsException'],
    // conformance recordings (errors-aws-sdk-invalid-secret-name, services-aws-sdk-task-service-sfn-send-task-outcome-with-no-such-token)
    ['secretsmanager', 'SecretsManagerException', 'SecretsManager.SecretsManagerException'],
    ['sfn', 'InvalidToken', 'Sfn.InvalidTokenException'],
    ['dynamodb', 'ConditionalCheckFailedException', 'DynamoDb.ConditionalCheckFailedException'],
  ])('%s %s → %s', (service, code, name) => {
    expect(awsSdkErrorName(service, code)).toBe(name);
  });

  it('capitalises a service missing from the table', () => {
    expect(awsSdkServiceName('somenewservice')).toBe('Somenewservice');
  });

  it('fails an aws-sdk task with the name and cause AWS gives, as a mock throws it', async () => {
    const result = await execute(sdkTask('arn:aws:states:::aws-sdk:sfn:sendTaskSuccess'), {
      tasks: {
        Call: () => {
          throw awsSdkError('sfn', 'InvalidToken', "Invalid Token: 'Invalid token'", 400, 'r-1');
        },
      },
    });
    expect(result).toMatchObject({
      status: 'FAILED',
      error: 'Sfn.InvalidTokenException',
      cause: "Invalid Token: 'Invalid token' (Service: Sfn, Status Code: 400, Request ID: r-1)",
    });
    expect(result.events.find((e) => e.type === 'TaskFailed')?.taskFailedEventDetails).toMatchObject({
      resourceType: 'aws-sdk:sfn',
      resource: 'sendTaskSuccess',
      error: 'Sfn.InvalidTokenException',
    });
  });

  it('names an AWS SDK for JavaScript v3 service exception thrown by a handler as AWS does, so Catch matches it', async () => {
    class ConditionalCheckFailedException extends Error {
      override name = 'ConditionalCheckFailedException';
      readonly $metadata = { httpStatusCode: 400, requestId: 'REQ' };
    }
    const definition = sdkTask('arn:aws:states:::aws-sdk:dynamodb:putItem', {
      Catch: [{ ErrorEquals: ['DynamoDb.ConditionalCheckFailedException'], Next: 'Exists' }],
    });
    const states = definition.States as Record<string, unknown>;
    states['Exists'] = { Type: 'Pass', End: true };
    const result = await execute(definition, {
      tasks: {
        Call: () => {
          throw new ConditionalCheckFailedException('The conditional request failed');
        },
      },
    });
    expect(result.output).toEqual({
      Error: 'DynamoDb.ConditionalCheckFailedException',
      Cause: 'The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: REQ)',
    });
  });

  it('keeps a plain JS throw as States.TaskFailed', async () => {
    const result = await execute(sdkTask('arn:aws:states:::aws-sdk:s3:getObject'), {
      tasks: {
        Call: () => {
          throw new Error('socket hang up');
        },
      },
    });
    expect(result).toMatchObject({ error: 'States.TaskFailed', cause: 'socket hang up' });
  });
});
