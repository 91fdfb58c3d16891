// A fan-out written with the typed service integrations of statewright/integrations: load the order
// from DynamoDB, render the customer message with a Lambda function, then tell three parties at once
// with a Parallel state (SNS to the customer, SQS to the warehouse, EventBridge for analytics) and
// record the result back in DynamoDB. Every request is checked against the service's request type
// and every result type flows on, so the paths below are checked against what the services return.
import { z } from 'zod';
import { intrinsic, workflow } from 'statewright';
import {
  dynamodbGetItem,
  dynamodbUpdateItem,
  eventBridgePutEvents,
  lambdaInvoke,
  snsPublish,
  sqsSendMessage,
} from 'statewright/integrations';

const ORDERS_TABLE = 'orders';
const CUSTOMER_TOPIC = 'arn:aws:sns:us-east-1:123456789012:order-updates';
const WAREHOUSE_QUEUE = 'https://sqs.us-east-1.amazonaws.com/123456789012/warehouse';
const RENDER_MESSAGE = 'arn:aws:lambda:us-east-1:123456789012:function:RenderOrderMessage';

/** The execution input: which order was placed. */
export const OrderPlaced = z.object({ orderId: z.string() });

/** An order as the table stores it (DynamoDB's JSON form). */
export const OrderItem = z.object({
  orderId: z.object({ S: z.string() }),
  email: z.object({ S: z.string() }),
  total: z.object({ N: z.string() }),
});

/** What the message function returns. */
export const RenderedMessage = z.object({ subject: z.string(), body: z.string() });

export const orderFanOut = workflow('OrderFanOut', { input: OrderPlaced, comment: 'Tell the customer, the warehouse and analytics about an order.' })
  .task('Load Order', {
    ...dynamodbGetItem({ TableName: ORDERS_TABLE, Key: { orderId: { 'S.$': '$.orderId' } }, ConsistentRead: true }, { item: OrderItem }),
    resultSelector: { 'orderId.$': '$.Item.orderId.S', 'email.$': '$.Item.email.S', 'total.$': '$.Item.total.N' },
    resultPath: '$.order',
    catch: [{ errorEquals: ['States.ALL'], next: 'Order Not Loaded', resultPath: '$.error' }],
  })
  .task('Render Message', {
    ...lambdaInvoke(RENDER_MESSAGE, {
      payload: { 'orderId.$': '$.order.orderId', 'total.$': '$.order.total' },
      result: RenderedMessage,
      retry: [{ errorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], intervalSeconds: 2, maxAttempts: 3, backoffRate: 2 }],
    }),
    resultSelector: { 'subject.$': '$.Payload.subject', 'body.$': '$.Payload.body' },
    resultPath: '$.message',
  })
  .parallel('Fan Out', (b) => [
    b.task('Notify Customer', {
      ...snsPublish({
        TopicArn: CUSTOMER_TOPIC,
        'Subject.$': '$.message.subject',
        'Message.$': '$.message.body',
        MessageAttributes: { email: { DataType: 'String', 'StringValue.$': '$.order.email' } },
      }),
      outputPath: '$.MessageId',
    }),
    b.task('Queue For Warehouse', {
      ...sqsSendMessage({ QueueUrl: WAREHOUSE_QUEUE, MessageBody: { 'orderId.$': '$.order.orderId', kind: 'pick' }, MessageGroupId: 'orders' }),
      outputPath: '$.MessageId',
    }),
    b.task('Publish Event', {
      ...eventBridgePutEvents({ Entries: [{ Source: 'shop.orders', DetailType: 'OrderPlaced', Detail: { 'orderId.$': '$.order.orderId', 'total.$': '$.order.total' } }] }),
      outputPath: '$.FailedEntryCount',
    }),
  ], {
    resultSelector: { 'messageId.$': '$[0]', 'queuedId.$': '$[1]', 'failedEvents.$': '$[2]' },
    resultPath: '$.sent',
    catch: [{ errorEquals: ['States.ALL'], next: 'Fan Out Failed', resultPath: '$.error' }],
  })
  .task('Mark Notified', {
    ...dynamodbUpdateItem({
      TableName: ORDERS_TABLE,
      Key: { orderId: { 'S.$': '$.orderId' } },
      UpdateExpression: 'SET notifiedWith = :message',
      ExpressionAttributeValues: { ':message': { 'S.$': intrinsic.format('{} via {}', '$.sent.messageId', 'sns') } },
    }),
    resultPath: null,
  })
  .succeed('Done', { outputPath: '$.sent' })
  .fail('Order Not Loaded', { error: 'OrderNotLoaded', causePath: '$.error.Cause' })
  .fail('Fan Out Failed', { error: 'FanOutFailed', causePath: '$.error.Cause' });
