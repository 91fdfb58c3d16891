import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { z } from 'zod';
import { validate, workflow } from 'statewright';
import {
  awsSdk,
  batchSubmitJobSync,
  dynamodbDeleteItem,
  dynamodbGetItem,
  dynamodbPutItem,
  dynamodbUpdateItem,
  ecsRunTaskSync,
  eventBridgePutEvents,
  httpInvoke,
  lambdaInvoke,
  lambdaInvokeWaitForTaskToken,
  sfnStartExecution,
  sfnStartExecutionSync,
  snsPublish,
  sqsSendMessage,
} from 'statewright/integrations';
import { InvalidMockError, testWorkflow } from 'statewright/testing';

interface Order { orderId: string; total: number }
const order: Order = { orderId: 'o-1', total: 30 };
const CHILD = 'arn:aws:states:us-east-1:123456789012:stateMachine:Child';
const Stock = z.object({ sku: z.object({ S: z.string() }), left: z.object({ N: z.string() }) });

const child = workflow<{ id: string }>('Child').pass('Label', { result: 'ok', resultPath: '$.status' });

/** One Task state per helper, each result kept at its own path. */
const everything = workflow<Order>('Everything')
  .task('Charge', { ...lambdaInvoke('charge', { payload: { 'id.$': '$.orderId' }, result: z.object({ paid: z.boolean() }), retry: [{ errorEquals: ['Lambda.ServiceException'], maxAttempts: 2 }] }), resultPath: '$.charge' })
  .task('Approve', { ...lambdaInvokeWaitForTaskToken('ask', { payload: { 'id.$': '$.orderId', 'token.$': '$$.Task.Token' }, result: z.boolean() }), resultPath: '$.approved' })
  .task('Notify', { ...snsPublish({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', 'Message.$': "States.Format('Order {}', $.orderId)" }), resultPath: '$.sns' })
  .task('Queue', { ...sqsSendMessage({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', 'MessageBody.$': '$.orderId' }), resultPath: '$.sqs' })
  .task('Get', { ...dynamodbGetItem({ TableName: 'stock', Key: { sku: { 'S.$': '$.orderId' } } }, { item: Stock }), resultPath: '$.got' })
  .task('Put', { ...dynamodbPutItem({ TableName: 'orders', Item: { id: { 'S.$': '$.orderId' } } }), resultPath: null })
  .task('Update', { ...dynamodbUpdateItem({ TableName: 'stock', Key: { sku: { S: 'pen' } }, UpdateExpression: 'SET left = :l', ExpressionAttributeValues: { ':l': { N: '1' } } }), resultPath: null })
  .task('Delete', { ...dynamodbDeleteItem({ TableName: 'orders', Key: { id: { S: 'old' } } }), resultPath: null })
  .task('Announce', { ...eventBridgePutEvents({ Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', Detail: { 'id.$': '$.orderId' } }] }), resultPath: '$.events' })
  .task('Start', { ...sfnStartExecution({ StateMachineArn: CHILD, Input: { 'id.$': '$.orderId' } }), resultPath: null })
  .task('Run Child', { ...sfnStartExecutionSync(child, { StateMachineArn: CHILD, Input: { 'id.$': '$.orderId' } }), resultSelector: { 'status.$': '$.Output.status' }, resultPath: '$.child' })
  .task('Job', { ...batchSubmitJobSync({ 'JobName.$': '$.orderId', JobQueue: 'q', JobDefinition: 'd:1' }), resultPath: null })
  .task('Container', { ...ecsRunTaskSync({ Cluster: 'c', TaskDefinition: 't:1' }), resultPath: null })
  .task('Call', { ...httpInvoke({ ApiEndpoint: 'https://api.example.com', Method: 'POST', Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:123456789012:connection/api/1' }, 'RequestBody.$': '$.orderId' }, { body: z.object({ ok: z.boolean() }) }), resultPath: '$.http' })
  .task('Secret', { ...awsSdk<{ SecretId: string }, { Name: string }>('secretsmanager', 'getSecretValue', { response: z.object({ Name: z.string() }) })({ 'SecretId.$': '$.orderId' }), resultPath: '$.secret' })
  .succeed('Done', { outputPath: '$' });

const mocked = testWorkflow(everything)
  .mock('Charge', { Payload: { paid: true }, StatusCode: 200 })
  // A .waitForTaskToken mock answers the submission; the result is what the callback sends.
  .mock('Approve', (_input, context) => {
    context.sendTaskSuccess(true);
    return true;
  })
  .mock('Notify', { MessageId: 'm-1' })
  .mock('Queue', { MessageId: 'q-1', MD5OfMessageBody: 'abc' })
  .mock('Get', { Item: { sku: { S: 'pen' }, left: { N: '3' } } })
  .mock('Put', {})
  .mock('Update', {})
  .mock('Delete', {})
  .mock('Announce', { Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 })
  .mock('Start', { ExecutionArn: 'arn:e', StartDate: 0 })
  .mock('Run Child', { ExecutionArn: 'arn:e', StateMachineArn: CHILD, Name: 'e', Status: 'SUCCEEDED', Input: { id: 'o-1' }, Output: { id: 'o-1', status: 'ok' }, StartDate: 0, StopDate: 1 })
  .mock('Job', { JobId: 'j-1', JobName: 'o-1', JobQueue: 'q', JobDefinition: 'd:1', Status: 'SUCCEEDED' })
  .mock('Container', { TaskArn: 'arn:t', LastStatus: 'STOPPED' })
  .mock('Call', { ResponseBody: { ok: true }, StatusCode: 200, StatusText: 'OK' })
  .mock('Secret', { Name: 's' });

describe('the typed service integrations', () => {
  it('compile to ASL that validates clean, with the resources and parameters AWS expects', () => {
    const asl = everything.toAsl();
    expect(validate(asl)).toEqual([]);
    const states = asl.States as Record<string, Record<string, unknown>>;
    expect(states['Charge']).toMatchObject({ Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'charge', Payload: { 'id.$': '$.orderId' } }, Retry: [{ ErrorEquals: ['Lambda.ServiceException'], MaxAttempts: 2 }] });
    expect(states['Approve']).toMatchObject({ Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken' });
    expect(Object.fromEntries(Object.entries(states).map(([name, state]) => [name, state['Resource']]))).toEqual({
      Charge: 'arn:aws:states:::lambda:invoke',
      Approve: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Notify: 'arn:aws:states:::sns:publish',
      Queue: 'arn:aws:states:::sqs:sendMessage',
      Get: 'arn:aws:states:::dynamodb:getItem',
      Put: 'arn:aws:states:::dynamodb:putItem',
      Update: 'arn:aws:states:::dynamodb:updateItem',
      Delete: 'arn:aws:states:::dynamodb:deleteItem',
      Announce: 'arn:aws:states:::events:putEvents',
      Start: 'arn:aws:states:::states:startExecution',
      'Run Child': 'arn:aws:states:::states:startExecution.sync:2',
      Job: 'arn:aws:states:::batch:submitJob.sync',
      Container: 'arn:aws:states:::ecs:runTask.sync',
      Call: 'arn:aws:states:::http:invoke',
      Secret: 'arn:aws:states:::aws-sdk:secretsmanager:getSecretValue',
      Done: undefined,
    });
  });

  it('run on the executor with typed mocks; each result lands where the chain says', async () => {
    const result = await mocked.run(order);
    expect(result).toSucceedWith({
      orderId: 'o-1',
      total: 30,
      charge: { Payload: { paid: true }, StatusCode: 200 },
      approved: true,
      sns: { MessageId: 'm-1' },
      sqs: { MessageId: 'q-1', MD5OfMessageBody: 'abc' },
      got: { Item: { sku: { S: 'pen' }, left: { N: '3' } } },
      events: { Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 },
      child: { status: 'ok' },
      http: { ResponseBody: { ok: true }, StatusCode: 200, StatusText: 'OK' },
      secret: { Name: 's' },
    });
    expect(result).toHaveCalledTask('Charge', { FunctionName: 'charge', Payload: { id: 'o-1' } });
    expect(result).toHaveCalledTask('Announce', { Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', Detail: { id: 'o-1' } }] });
    expect(result).toHaveCalledTask('Run Child', { StateMachineArn: CHILD, Input: { id: 'o-1' } });
  });

  it('refuse a mock that is not the shape the service returns', () => {
    const bad = (state: string, value: unknown) => () => (mocked as unknown as { mock(s: string, v: unknown): unknown }).mock(state, value);
    expect(bad('Charge', { paid: true })).toThrow(InvalidMockError);
    expect(bad('Charge', { Payload: { paid: 'yes' }, StatusCode: 200 })).toThrow(/Payload\.paid/);
    expect(bad('Notify', { Id: 'm-1' })).toThrow(/MessageId/);
    expect(bad('Get', { Item: { sku: 'pen' } })).toThrow(/Item/);
    expect(bad('Run Child', { Status: 'FAILED' })).toThrow(InvalidMockError);
    expect(bad('Call', { ResponseBody: { ok: 1 }, StatusCode: 200, StatusText: 'OK' })).toThrow(/ResponseBody\.ok/);
    expect(bad('Secret', {})).toThrow(/Name/);
  });
});
