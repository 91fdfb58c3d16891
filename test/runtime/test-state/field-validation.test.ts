import { describe, expect, it } from 'vitest';
import { testState, TestStateError, type FieldValidationMode, type TestStateTarget } from '../../../src/runtime/index.js';

// Messages and verdicts from AWS's TestState recordings (field-validation-mode-*).
async function check(target: TestStateTarget, result: unknown, fieldValidationMode?: FieldValidationMode): Promise<string> {
  try {
    const response = await testState(target, { mock: fieldValidationMode === undefined ? { result } : { result, fieldValidationMode } });
    return response.status;
  } catch (error) {
    if (error instanceof TestStateError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

const PUT_EVENTS = { Type: 'Task', Resource: 'arn:aws:states:::events:putEvents', Parameters: { Entries: [{ Detail: 'detail', DetailType: 'detail_type', Source: 'source' }] }, End: true } as const;
const KMS_ENCRYPT = { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:kms:encrypt', Parameters: { KeyId: 'k' }, End: true } as const;
const S3_GET_OBJECT = { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:s3:getObject', Parameters: { Bucket: 'b', Key: 'k' }, End: true } as const;
const LAMBDA = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, End: true } as const;
const START_EXECUTION = { Type: 'Task', QueryLanguage: 'JSONata', Resource: 'arn:aws:states:::states:startExecution', Arguments: { StateMachineArn: 'arn:aws:states:us-east-1:111111111111:stateMachine:m' }, End: true } as const;
const error = (text: string): string => `ValidationException: Mock result schema validation error: ${text}`;

describe('testState: mocked results checked against the service response shape', () => {
  it.each([undefined, 'STRICT', 'PRESENT'] as const)('checks types of present fields in mode %s', async (mode) => {
    expect(await check(PUT_EVENTS, { Entries: [{ EventId: 'ok' }, { EventId: ['not a string'] }] }, mode)).toBe(error("Field 'EventId' must be a string"));
    expect(await check(KMS_ENCRYPT, { CiphertextBlob: '' }, mode)).toBe(error("Field 'CiphertextBlob' is smaller than the minimum length"));
    expect(await check(KMS_ENCRYPT, { CiphertextBlob: 123 }, mode)).toBe(error("Field 'CiphertextBlob' must be a string"));
  });

  it('names wrong numbers, arrays, enums and timestamps as AWS does', async () => {
    expect(await check(PUT_EVENTS, { Entries: 'not a list' }, 'PRESENT')).toBe(error("Field 'Entries' must be an array"));
    expect(await check(LAMBDA, { StatusCode: '200' }, 'PRESENT')).toBe(error("Field 'StatusCode' must be a number"));
    expect(await check(S3_GET_OBJECT, { ContentLength: '9000' }, 'PRESENT')).toBe(error("Field 'ContentLength' must be a number"));
    expect(await check(S3_GET_OBJECT, { StorageClass: 'Papyrus' }, 'PRESENT')).toBe(error("Field 'StorageClass' is not an expected value"));
    expect(await check(START_EXECUTION, { StartDate: true }, 'PRESENT')).toBe(error("Field 'StartDate' must be a string"));
    expect(await check(START_EXECUTION, { ExecutionArn: 'arn', StartDate: 1764103483 })).toBe(error("Field 'StartDate' must be a string"));
  });

  it('lets fields outside the shape pass, and PRESENT lets required fields be missing', async () => {
    expect(await check(PUT_EVENTS, { random: 'json' }, 'PRESENT')).toBe('SUCCEEDED');
    expect(await check(PUT_EVENTS, {})).toBe('SUCCEEDED');
    expect(await check(START_EXECUTION, {}, 'PRESENT')).toBe('SUCCEEDED');
    expect(await check(START_EXECUTION, { executionArn: 'arn', startDate: 'today' }, 'PRESENT')).toBe('SUCCEEDED');
  });

  it('STRICT requires the required fields', async () => {
    expect(await check(START_EXECUTION, { ExecutionArn: 'arn' })).toBe("ValidationException: Mock result schema validation error: Required field 'StartDate' is missing");
  });

  it('NONE checks nothing', async () => {
    expect(await check(START_EXECUTION, { ExecutionArn: 'stringValueExecutionArn', StartDate: true }, 'NONE')).toBe('SUCCEEDED');
    expect(await check(START_EXECUTION, {}, 'NONE')).toBe('SUCCEEDED');
  });

  it('covers the other integrations of the AWS service models (types as the API references give them)', async () => {
    const sqs = { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: 'q', MessageBody: 'm' }, End: true } as const;
    expect(await check(sqs, { MessageId: 42 })).toBe(error("Field 'MessageId' must be a string"));
    const query = { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:dynamodb:query', Parameters: { TableName: 't' }, End: true } as const;
    expect(await check(query, { Count: '3' }, 'PRESENT')).toBe(error("Field 'Count' must be a number"));
    expect(await check(query, { Items: [{ id: { S: '1' } }], Count: 1 })).toBe('SUCCEEDED');
    const describe = { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:sfn:describeExecution', Parameters: { ExecutionArn: 'a' }, End: true } as const;
    expect(await check(describe, { Status: 'RUNNING' })).toBe("ValidationException: Mock result schema validation error: Required field 'ExecutionArn' is missing");
    expect(await check(describe, { Status: 'SLEEPING' }, 'PRESENT')).toBe(error("Field 'Status' is not an expected value"));
  });

  it('does not check .sync jobs, Lambda function ARNs or actions outside the models kept', async () => {
    const job = { Type: 'Task', Resource: 'arn:aws:states:::batch:submitJob.sync', Parameters: { JobName: 'j', JobQueue: 'q', JobDefinition: 'd' }, End: true } as const;
    expect(await check(job, { JobId: 42 })).toBe('SUCCEEDED');
    const fn = { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true } as const;
    expect(await check(fn, { StatusCode: 'any' })).toBe('SUCCEEDED');
    const ec2 = { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:ec2:describeInstances', End: true } as const;
    expect(await check(ec2, { Reservations: 'any' })).toBe('SUCCEEDED');
  });
});
