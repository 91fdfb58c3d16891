import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { validate } from 'statewright';
import { mockFailure, testWorkflow } from 'statewright/testing';
import { loyaltyDiscount } from '../../examples/loyalty-discount/workflow.js';

const cart = [{ sku: 'pen', price: 2.5, qty: 4 }, { sku: 'ink', price: 10, qty: 1 }];
const customer = (tier: 'GOLD' | 'SILVER' | 'BASIC', points: number) => ({ Item: { tier: { S: tier }, points: { N: String(points) } } });
const awarding = testWorkflow(loyaltyDiscount).mock('Award Points', { Payload: { awarded: 20 } });

describe('the loyalty discount example', () => {
  it('compiles to ASL that validates clean, JSONata at the top', () => {
    const asl = loyaltyDiscount.toAsl();
    expect(validate(asl)).toEqual([]);
    expect(asl.QueryLanguage).toBe('JSONata');
  });

  it('gives a GOLD customer 15% off and awards points on the discounted total', async () => {
    const result = await awarding.mock('Load Customer', customer('GOLD', 10)).run({ customerId: 'c-1', cart });
    expect(result).toSucceedWith({ customerId: 'c-1', tier: 'GOLD', subtotal: 20, rate: 0.15, total: 17, pointsAwarded: 20 });
    expect(result).toHaveCalledTask('Load Customer', { TableName: 'customers', Key: { id: { S: 'c-1' } } });
    expect(result).toHaveCalledTask('Award Points', { FunctionName: 'award-points', Payload: { customerId: 'c-1', total: 17 } });
    expect(result).toHaveVisited(['Load Customer', 'Price Lines', 'Line Total', 'Line Total', 'Discount?', 'Gold Rate', 'Apply Discount', 'Award Points', 'Priced']);
  });

  it('gives 5% to a customer with 1000 points or more, nothing to the others', async () => {
    const points = await awarding.mock('Load Customer', customer('SILVER', 1500)).run({ customerId: 'c-2', cart });
    expect(points).toSucceedWith({ customerId: 'c-2', tier: 'SILVER', subtotal: 20, rate: 0.05, total: 19, pointsAwarded: 20 });
    const none = await awarding.mock('Load Customer', customer('BASIC', 10)).run({ customerId: 'c-3', cart });
    expect(none).toSucceedWith({ customerId: 'c-3', tier: 'BASIC', subtotal: 20, rate: 0, total: 20, pointsAwarded: 20 });
  });

  it('retries a throttled points function, and prices the cart without points when it keeps failing', async () => {
    const retried = await testWorkflow(loyaltyDiscount)
      .mock('Load Customer', customer('BASIC', 0))
      .mockSequence('Award Points', [mockFailure('Lambda.TooManyRequestsException', 'slow down'), { Payload: { awarded: 5 } }])
      .run({ customerId: 'c-4', cart });
    expect(retried).toSucceedWith({ customerId: 'c-4', tier: 'BASIC', subtotal: 20, rate: 0, total: 20, pointsAwarded: 5 });
    const failed = await testWorkflow(loyaltyDiscount)
      .mock('Load Customer', customer('GOLD', 0))
      .mockError('Award Points', 'Points.Down', 'the points service is down')
      .run({ customerId: 'c-5', cart });
    expect(failed).toSucceedWith({ customerId: 'c-5', tier: 'GOLD', subtotal: 20, rate: 0.15, total: 17, pointsAwarded: 0 });
  });
});
