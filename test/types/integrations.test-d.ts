import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow, type CatchOptions, type RetryOptions, type TaskResultsOf } from 'statewright';
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
  type AttributeMap,
  type BatchJobResult,
  type EcsTaskResult,
  type GetItemResult,
  type HttpInvokeResult,
  type LambdaErrorName,
  type ServiceErrorName,
  type LambdaInvokeResult,
  type PutEventsResult,
  type SnsPublishResult,
  type SqsSendMessageResult,
  type StartExecutionResult,
  type SyncExecutionResult,
  type WriteItemResult,
} from 'statewright/integrations';
import { outputOf } from './flow-of.js';

interface Order { orderId: string; total: number; email: string; lines: { sku: string; qty: number }[] }
const start = workflow<Order>('W');
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';
const QUEUE = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders';
const Stock = z.object({ sku: z.object({ S: z.string() }), left: z.object({ N: z.string() }) });
type Stock = z.output<typeof Stock>;

describe('lambdaInvoke', () => {
  it('types the Invoke response from explicit payload and result types', () => {
    const wf = start.task('Charge', lambdaInvoke<Order, { paid: boolean }>('charge'));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<LambdaInvokeResult<{ paid: boolean }>>();
    expectTypeOf(outputOf(wf).Payload).toEqualTypeOf<{ paid: boolean }>();
    expectTypeOf(outputOf(wf).StatusCode).toEqualTypeOf<number>();
    expectTypeOf(outputOf(wf).ExecutedVersion).toEqualTypeOf<string | undefined>();
    expectTypeOf<TaskResultsOf<typeof wf>['Charge']>().toEqualTypeOf<LambdaInvokeResult<{ paid: boolean }>>();
  });

  it('infers the payload template and the result schema; the result flows into the next state', () => {
    const wf = start
      .task('Charge', { ...lambdaInvoke('charge', { payload: { 'id.$': '$.orderId' }, result: z.object({ paid: z.boolean() }) }), resultSelector: { 'paid.$': '$.Payload.paid' }, resultPath: '$.charge' })
      .pass('Next', { outputPath: '$.charge.paid' });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<boolean>();
  });

  it('sends a path as the payload', () => {
    const task = lambdaInvoke('charge', { payload: '$.lines' });
    expectTypeOf(task.parameters).toEqualTypeOf<{ readonly FunctionName: string; readonly 'Payload.$': '$.lines' }>();
    expectTypeOf(outputOf(start.task('Lines', task)).Payload).toEqualTypeOf<unknown>();
  });

  it('refuses an input that is no Payload, and payload paths that do not exist', () => {
    // @ts-expect-error: orderId is a string in the state's input, the function wants a number
    start.task('Charge', lambdaInvoke<{ orderId: number }, boolean>('charge'));
    // @ts-expect-error: the input has no key nope
    start.task('Charge', lambdaInvoke('charge', { payload: { 'id.$': '$.nope' } }));
    // @ts-expect-error: the payload path does not exist
    start.task('Charge', lambdaInvoke('charge', { payload: '$.nope' }));
    // @ts-expect-error: the explicit form has no payload option (the effective input is the payload)
    lambdaInvoke<Order, boolean>('charge', { payload: { 'id.$': '$.orderId' } });
  });

  it('offers the integrations\' error names in every retry and catch (for autocompletion)', () => {
    expectTypeOf<Extract<CatchOptions['errorEquals'][number], `Lambda.${string}`>>().toEqualTypeOf<LambdaErrorName>();
    expectTypeOf<Extract<RetryOptions['errorEquals'][number], ServiceErrorName>>().toEqualTypeOf<ServiceErrorName>();
    const _wf = start.task('Charge', { ...lambdaInvoke('charge'), catch: [{ errorEquals: ['Lambda.Unknown'], next: 'Failed' }] }).fail('Failed');
    expectTypeOf<TaskResultsOf<typeof _wf>['Charge']>().toEqualTypeOf<LambdaInvokeResult<unknown>>();
  });

  it('autocompletes the Lambda error names in retry', () => {
    const task = lambdaInvoke('charge', { retry: [{ errorEquals: ['Lambda.TooManyRequestsException', 'Lambda.ServiceException'], maxAttempts: 3 }] });
    expectTypeOf(task.retry).toEqualTypeOf<readonly RetryOptions[] | undefined>();
    // @ts-expect-error: errorEquals needs at least one name
    lambdaInvoke('charge', { retry: [{ errorEquals: [] }] });
  });

  it('waits for a task token: the result is what SendTaskSuccess sends', () => {
    const wf = start.task('Approve', lambdaInvokeWaitForTaskToken('ask', { payload: { 'order.$': '$.orderId', 'token.$': '$$.Task.Token' }, result: z.object({ approved: z.boolean() }) }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ approved: boolean }>();
    // @ts-expect-error: the payload must pass $$.Task.Token
    lambdaInvokeWaitForTaskToken('ask', { payload: { 'order.$': '$.orderId' } });
  });
});

describe('SNS, SQS and EventBridge', () => {
  it('types the publish result and checks the request', () => {
    const wf = start.task('Notify', snsPublish({ TopicArn: TOPIC, 'Message.$': "States.Format('Order {} placed', $.orderId)", Subject: 'Order' }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<SnsPublishResult>();
    expectTypeOf(outputOf(wf).MessageId).toEqualTypeOf<string>();
    // @ts-expect-error: Mesage is no field of SNS Publish
    snsPublish({ TopicArn: TOPIC, Mesage: 'typo' });
    // @ts-expect-error: a publish needs a Message
    start.task('Notify', snsPublish({ TopicArn: TOPIC, Subject: 'no message' }));
    // @ts-expect-error: Subject must be a string, $.total is a number
    start.task('Notify', snsPublish({ TopicArn: TOPIC, Message: 'x', 'Subject.$': '$.total' }));
  });

  it('types sendMessage; a JSON body is allowed', () => {
    const wf = start.task('Queue', { ...sqsSendMessage({ QueueUrl: QUEUE, 'MessageBody.$': '$' }), resultPath: '$.queued' });
    expectTypeOf(outputOf(wf).queued).toEqualTypeOf<SqsSendMessageResult>();
    expectTypeOf(outputOf(wf).orderId).toEqualTypeOf<string>();
    // @ts-expect-error: a message needs a QueueUrl
    start.task('Queue', sqsSendMessage({ 'MessageBody.$': '$' }));
    // @ts-expect-error: DelaySeconds must be a number, $.email is a string
    start.task('Queue', sqsSendMessage({ QueueUrl: QUEUE, MessageBody: 'x', 'DelaySeconds.$': '$.email' }));
  });

  it('types putEvents, with templates inside Entries', () => {
    const wf = start.task('Announce', eventBridgePutEvents({ Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', 'Detail.$': '$' }] }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<PutEventsResult>();
    expectTypeOf(outputOf(wf).FailedEntryCount).toEqualTypeOf<number>();
    // @ts-expect-error: an entry needs a DetailType
    start.task('Announce', eventBridgePutEvents({ Entries: [{ Source: 'shop', 'Detail.$': '$' }] }));
  });
});

describe('DynamoDB', () => {
  it('types getItem with the item schema', () => {
    const wf = start.task('Get', dynamodbGetItem({ TableName: 'stock', Key: { sku: { 'S.$': '$.orderId' } } }, { item: Stock }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<GetItemResult<Stock>>();
    expectTypeOf(outputOf(wf).Item).toEqualTypeOf<Stock | undefined>();
  });

  it('types an item without a schema as an attribute map', () => {
    const wf = start.task('Get', dynamodbGetItem({ TableName: 'stock', Key: { sku: { S: 'pen' } } }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<GetItemResult<AttributeMap>>();
  });

  it('types putItem, updateItem and deleteItem', () => {
    expectTypeOf(outputOf(start.task('Put', dynamodbPutItem({ TableName: 'orders', Item: { id: { 'S.$': '$.orderId' } } })))).toEqualTypeOf<WriteItemResult<AttributeMap>>();
    const update = dynamodbUpdateItem({ TableName: 'stock', Key: { sku: { S: 'pen' } }, UpdateExpression: 'SET left = left - :q', ExpressionAttributeValues: { ':q': { N: '1' } }, ReturnValues: 'ALL_NEW' }, { item: Stock });
    expectTypeOf(outputOf(start.task('Update', update)).Attributes).toEqualTypeOf<Stock | undefined>();
    expectTypeOf(outputOf(start.task('Delete', dynamodbDeleteItem({ TableName: 'orders', Key: { id: { S: 'o-1' } } })))).toEqualTypeOf<WriteItemResult<AttributeMap>>();
  });

  it('refuses keys that are no attribute values and unknown fields', () => {
    // @ts-expect-error: an attribute value is { S: … }, { N: … }, …, not a bare string
    start.task('Get', dynamodbGetItem({ TableName: 'stock', 'Key.$': '$.orderId' }));
    // @ts-expect-error: getItem needs a Key
    start.task('Get', dynamodbGetItem({ TableName: 'stock' }));
    // @ts-expect-error: ReturnValues of putItem is NONE or ALL_OLD
    start.task('Put', dynamodbPutItem({ TableName: 'orders', Item: { id: { S: 'x' } }, ReturnValues: 'ALL_NEW' }));
    // @ts-expect-error: Keys is no field of getItem
    dynamodbGetItem({ TableName: 'stock', Keys: {} });
  });
});

describe('Step Functions, Batch, ECS, HTTP and the AWS SDK', () => {
  const child = workflow<{ id: string; total: number }>('Child').pass('Label', { result: 'ok', resultPath: '$.status' });
  const CHILD = 'arn:aws:states:us-east-1:123456789012:stateMachine:Child';

  it('types startExecution', () => {
    expectTypeOf(outputOf(start.task('Start', sfnStartExecution({ StateMachineArn: CHILD, 'Input.$': '$' })))).toEqualTypeOf<StartExecutionResult>();
  });

  it('gives .sync:2 the child workflow output and checks its input', () => {
    const wf = start.task('Run', sfnStartExecutionSync(child, { StateMachineArn: CHILD, Input: { 'id.$': '$.orderId', 'total.$': '$.total' } }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<SyncExecutionResult<{ id: string; total: number }, { id: string; total: number; status: 'ok' }>>();
    expectTypeOf(outputOf(wf).Output.status).toEqualTypeOf<'ok'>();
    // @ts-expect-error: the child's input needs total
    start.task('Run', sfnStartExecutionSync(child, { StateMachineArn: CHILD, Input: { 'id.$': '$.orderId' } }));
    // @ts-expect-error: id must be a string, $.total is a number
    start.task('Run', sfnStartExecutionSync(child, { StateMachineArn: CHILD, Input: { 'id.$': '$.total', 'total.$': '$.total' } }));
  });

  it('types Batch and ECS .sync', () => {
    expectTypeOf(outputOf(start.task('Job', batchSubmitJobSync({ 'JobName.$': '$.orderId', JobQueue: 'q', JobDefinition: 'd:1' })))).toEqualTypeOf<BatchJobResult>();
    // @ts-expect-error: a job needs a JobQueue
    start.task('Job', batchSubmitJobSync({ JobName: 'n', JobDefinition: 'd:1' }));
    expectTypeOf(outputOf(start.task('Ecs', ecsRunTaskSync({ Cluster: 'c', TaskDefinition: 't:1', LaunchType: 'FARGATE' })))).toEqualTypeOf<EcsTaskResult>();
    // @ts-expect-error: LaunchType is EC2, FARGATE or EXTERNAL
    start.task('Ecs', ecsRunTaskSync({ TaskDefinition: 't:1', LaunchType: 'LAMBDA' }));
  });

  it('types an HTTP Task body', () => {
    const wf = start.task('Call', httpInvoke({ ApiEndpoint: 'https://api.example.com', Method: 'POST', Authentication: { ConnectionArn: 'arn:c' }, 'RequestBody.$': '$' }, { body: z.object({ ok: z.boolean() }) }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<HttpInvokeResult<{ ok: boolean }>>();
    // @ts-expect-error: FETCH is no HTTP method
    start.task('Call', httpInvoke({ ApiEndpoint: 'https://api.example.com', Method: 'FETCH', Authentication: { ConnectionArn: 'arn:c' } }));
  });

  it('types a generic AWS SDK call', () => {
    const getSecret = awsSdk<{ SecretId: string }, { Name: string; SecretString?: string }>('secretsmanager', 'getSecretValue');
    const wf = start.task('Secret', getSecret({ 'SecretId.$': '$.orderId' }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ Name: string; SecretString?: string }>();
    // @ts-expect-error: SecretId must be a string, $.total is a number
    start.task('Secret', getSecret({ 'SecretId.$': '$.total' }));
    // @ts-expect-error: Secret is no field of the request
    getSecret({ Secret: 'x' });
  });
});
