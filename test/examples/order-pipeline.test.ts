import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { validate } from 'statewright';
import { mockFailure, testWorkflow } from 'statewright/testing';
import { orderPipeline } from '../../examples/order-pipeline/workflow.js';

const input = { orderId: 'o-7', customer: { id: 'c-1', email: 'ada@example.com' }, lines: [{ sku: 'pen', qty: 2 }, { sku: 'ink', qty: 1 }] };
const reserved = (sku: string, left: number) => ({ Attributes: { sku: { S: sku }, left: { N: String(left) } } });
const stocked = testWorkflow(orderPipeline)
  .mock('Reserve', (request) => reserved((request as { Key: { sku: { S: string } } }).Key.sku.S, 5))
  .mock('Notify', { MessageId: 'm-1' });

describe('the order pipeline example', () => {
  it('compiles to ASL that validates clean', () => {
    expect(validate(orderPipeline.toAsl())).toEqual([]);
  });

  it('reserves every line, then charges and notifies', async () => {
    const result = await stocked.mock('Charge', { paymentId: 'p-1', amount: 30 }).run(input);
    expect(result).toSucceedWith({ payment: { paymentId: 'p-1', amount: 30 }, messageId: 'm-1' });
    expect(result).toHaveCalledTask('Reserve', { TableName: 'stock', Key: { sku: { S: 'ink' } }, ExpressionAttributeValues: { ':qty': { N: '1' } } });
    expect(result).toHaveCalledTaskTimes('Reserve', 2);
  });

  it('retries a throttled reservation', async () => {
    const result = await stocked
      .mockSequence('Reserve', [mockFailure('DynamoDB.ProvisionedThroughputExceededException', 'slow down'), reserved('pen', 4), reserved('ink', 3)])
      .mock('Charge', { paymentId: 'p-2', amount: 30 })
      .run({ ...input, lines: [{ sku: 'pen', qty: 1 }] });
    expect(result).toSucceed();
    expect(result.elapsed).toBe(1000);
  });

  it('fails as OutOfStock when a reservation is refused', async () => {
    const result = await stocked.mockError('Reserve', 'DynamoDB.ConditionalCheckFailedException', 'not enough ink').run(input);
    expect(result).toFailWith('OutOfStock', 'not enough ink');
    expect(result).toHaveCalledTaskTimes('Charge', 0);
  });

  it('fails as PaymentDeclined when the charge is declined', async () => {
    const result = await stocked.mockError('Charge', 'Payment.Declined', 'card expired').run(input);
    expect(result).toFailWith('PaymentDeclined', 'card expired');
    expect(result).toHaveVisitedState('Payment Declined', 1);
  });
});
