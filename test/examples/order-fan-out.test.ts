import { describe, expect, expectTypeOf, it } from 'vitest';
import 'statewright/testing/vitest';
import { validate, type WorkflowOutputOf } from 'statewright';
import { lambdaInvokeResponse } from 'statewright/runtime';
import { InvalidMockError, mockFailure, testWorkflow } from 'statewright/testing';
import { orderFanOut } from '../../examples/order-fan-out/workflow.js';

const order = { orderId: { S: 'o-7' }, email: { S: 'ada@example.com' }, total: { N: '30' } };
const loaded = testWorkflow(orderFanOut)
  .mock('Load Order', { Item: order })
  .mock('Render Message', { Payload: { subject: 'Order o-7', body: 'On its way' }, StatusCode: 200, ExecutedVersion: '$LATEST' })
  .mock('Notify Customer', { MessageId: 'sns-1' })
  .mock('Queue For Warehouse', { MessageId: 'sqs-1', MD5OfMessageBody: '5d41402abc4b2a76b9719d911017c592' })
  .mock('Publish Event', { Entries: [{ EventId: 'ev-1' }], FailedEntryCount: 0 })
  .mock('Mark Notified', {});

describe('the order fan-out example', () => {
  it('compiles to ASL that validates clean', () => {
    expect(validate(orderFanOut.toAsl())).toEqual([]);
  });

  it('types the workflow output from the services’ responses', () => {
    expectTypeOf<WorkflowOutputOf<typeof orderFanOut>>().toEqualTypeOf<{ messageId: string; queuedId: string; failedEvents: number }>();
  });

  it('loads the order, renders the message, tells everyone and records it', async () => {
    const result = await loaded.run({ orderId: 'o-7' });
    expect(result).toSucceedWith({ messageId: 'sns-1', queuedId: 'sqs-1', failedEvents: 0 });
    expect(result).toHaveCalledTask('Render Message', { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:RenderOrderMessage', Payload: { orderId: 'o-7', total: '30' } });
    expect(result).toHaveCalledTask('Notify Customer', {
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:order-updates',
      Subject: 'Order o-7',
      Message: 'On its way',
      MessageAttributes: { email: { DataType: 'String', StringValue: 'ada@example.com' } },
    });
    expect(result).toHaveCalledTask('Queue For Warehouse', { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/warehouse', MessageBody: { orderId: 'o-7', kind: 'pick' }, MessageGroupId: 'orders' });
    expect(result).toHaveCalledTask('Publish Event', { Entries: [{ Source: 'shop.orders', DetailType: 'OrderPlaced', Detail: { orderId: 'o-7', total: '30' } }] });
    expect(result).toHaveCalledTask('Mark Notified', {
      TableName: 'orders',
      Key: { orderId: { S: 'o-7' } },
      UpdateExpression: 'SET notifiedWith = :message',
      ExpressionAttributeValues: { ':message': { S: 'sns-1 via sns' } },
    });
  });

  it('accepts the whole Lambda Invoke response as a mock', async () => {
    const payload = { subject: 'Hi', body: 'Shipped' };
    const result = await loaded.mock('Render Message', { ...lambdaInvokeResponse(payload), Payload: payload }).run({ orderId: 'o-7' });
    expect(result).toSucceed();
    expect(result).toHaveCalledTask('Notify Customer', { TopicArn: 'arn:aws:sns:us-east-1:123456789012:order-updates', Subject: 'Hi', Message: 'Shipped', MessageAttributes: { email: { DataType: 'String', StringValue: 'ada@example.com' } } });
  });

  it('retries a throttled render, then goes on', async () => {
    const result = await loaded
      .mockSequence('Render Message', [mockFailure('Lambda.TooManyRequestsException', 'Rate exceeded'), { Payload: { subject: 's', body: 'b' }, StatusCode: 200 }])
      .run({ orderId: 'o-7' });
    expect(result).toSucceed();
    expect(result).toHaveCalledTaskTimes('Render Message', 2);
    expect(result.elapsed).toBe(2000);
  });

  it('fails as FanOutFailed when one party cannot be told, and records nothing', async () => {
    const result = await loaded.mockError('Queue For Warehouse', 'SQS.QueueDoesNotExistException', 'no such queue').run({ orderId: 'o-7' });
    expect(result).toFailWith('FanOutFailed', 'no such queue');
    expect(result).toHaveCalledTaskTimes('Mark Notified', 0);
  });

  it('fails as OrderNotLoaded when the table refuses the read', async () => {
    const result = await loaded.mockError('Load Order', 'DynamoDB.ResourceNotFoundException', 'no table').run({ orderId: 'o-7' });
    expect(result).toFailWith('OrderNotLoaded', 'no table');
  });

  it('refuses mocks that are not what the services return', () => {
    // @ts-expect-error: the item lacks email and total
    expect(() => loaded.mock('Load Order', { Item: { orderId: { S: 'o-7' } } })).toThrow(InvalidMockError);
    // @ts-expect-error: SNS Publish answers { MessageId }, not a bare id
    expect(() => loaded.mock('Notify Customer', 'sns-1')).toThrow(/expected object, received string/);
    // @ts-expect-error: the function's result lacks body
    expect(() => loaded.mock('Render Message', { Payload: { subject: 'only a subject' }, StatusCode: 200 })).toThrow(/Payload\.body/);
  });
});
