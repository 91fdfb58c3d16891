// An order pipeline written with the builder: reserve every line in parallel with a Map, charge and
// notify side by side with a Parallel state, and route failures to their own states with Catch.
import { z } from 'zod';
import { workflow } from 'statewright';

const RESERVE = 'arn:aws:states:::dynamodb:updateItem';
const CHARGE = 'arn:aws:lambda:us-east-1:123456789012:function:Charge';
const NOTIFY = 'arn:aws:states:::sns:publish';

/** The execution input. */
export const Order = z.object({
  orderId: z.string(),
  customer: z.object({ id: z.string(), email: z.string() }),
  lines: z.array(z.object({ sku: z.string(), qty: z.number().int().positive() })),
});

/** What the stock table answers for one reservation (DynamoDB UpdateItem with ReturnValues). */
export const Reservation = z.object({ Attributes: z.object({ sku: z.object({ S: z.string() }), left: z.object({ N: z.string() }) }) });

/** What the payment function returns. */
export const Payment = z.object({ paymentId: z.string(), amount: z.number() });

export const orderPipeline = workflow('OrderPipeline', { input: Order, comment: 'Reserve stock, then charge and notify.' })
  .map('Reserve Lines', {
    itemsPath: '$.lines',
    itemSelector: { 'orderId.$': '$.orderId', 'sku.$': '$$.Map.Item.Value.sku', 'qty.$': '$$.Map.Item.Value.qty' },
    maxConcurrency: 10,
    processor: (line) =>
      line.task('Reserve', {
        resource: RESERVE,
        parameters: { TableName: 'stock', 'Key': { 'sku': { 'S.$': '$.sku' } }, 'ExpressionAttributeValues': { ':qty': { 'N.$': 'States.Format(\'{}\', $.qty)' } } },
        result: Reservation,
        resultSelector: { 'sku.$': '$.Attributes.sku.S', 'left.$': '$.Attributes.left.N' },
        retry: [{ errorEquals: ['DynamoDB.ProvisionedThroughputExceededException'], intervalSeconds: 1, maxAttempts: 3, backoffRate: 2 }],
      }),
    resultPath: '$.reserved',
    catch: [{ errorEquals: ['DynamoDB.ConditionalCheckFailedException'], next: 'Out Of Stock', resultPath: '$.error' }],
  })
  .parallel('Charge And Notify', (b) => [
    b.task('Charge', { resource: CHARGE, parameters: { 'orderId.$': '$.orderId', 'customerId.$': '$.customer.id' }, result: Payment }),
    b.task('Notify', { resource: NOTIFY, parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', 'Message.$': "States.Format('Order {} is on its way', $.orderId)" }, result: z.object({ MessageId: z.string() }), outputPath: '$.MessageId' }),
  ], {
    resultSelector: { 'payment.$': '$[0]', 'messageId.$': '$[1]' },
    resultPath: '$.done',
    catch: [{ errorEquals: ['Payment.Declined'], next: 'Payment Declined', resultPath: '$.error' }],
  })
  .succeed('Order Complete', { outputPath: '$.done' })
  .fail('Out Of Stock', { error: 'OutOfStock', causePath: '$.error.Cause' })
  .fail('Payment Declined', { error: 'PaymentDeclined', causePath: '$.error.Cause' });
