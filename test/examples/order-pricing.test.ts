import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AslError, execute, type ExecutionResult, type TaskHandler } from '../../src/runtime/index.js';

const definition = readFileSync(new URL('../../examples/order-pricing/order-pricing.asl.json', import.meta.url), 'utf8');
const PRICES: Readonly<Record<string, number>> = { apple: 0.5, pear: 0.75, melon: 30 };

const getPrice: TaskHandler = (input) => {
  const { sku } = input as { sku: string };
  return { price: PRICES[sku] };
};
const charge: TaskHandler = (input) => {
  const { amount, orderId } = input as { amount: number; orderId: string };
  return { amount, chargeId: `ch-${orderId}` };
};
const visited = (result: ExecutionResult) => result.events.flatMap((e) => (e.type.endsWith('StateEntered') && e.stateEnteredEventDetails ? [e.stateEnteredEventDetails.name] : []));

describe('examples/order-pricing (JSONata and variables)', () => {
  it('prices every line, discounts an order of 100 or more by 10 % and charges the customer', async () => {
    const input = { orderId: 'o-7', customer: 'c-1', lines: [{ sku: 'melon', quantity: 3 }, { sku: 'apple', quantity: 24 }] };
    const result = await execute(definition, { input, tasks: { 'Get Price': getPrice, 'Charge Customer': charge } });
    expect(result.status).toBe('SUCCEEDED');
    // 3 × 30 + 24 × 0.5 = 102, less 10 % = 91.8
    expect(result.output).toEqual({
      orderId: 'o-7',
      lines: [{ line: 1, sku: 'melon', amount: 90 }, { line: 2, sku: 'apple', amount: 12 }],
      subtotal: 102,
      discount: 0.1,
      charged: 91.8,
      chargeId: 'ch-o-7',
    });
    expect(visited(result)).toEqual(['Remember Order', 'Price Lines', 'Get Price', 'Get Price', 'Large Order?', 'Charge Customer']);
  });

  it('charges a small order in full, after retrying a busy price service', async () => {
    let calls = 0;
    const flaky: TaskHandler = (input, context) => {
      calls++;
      if (context.retryCount === 0) throw new AslError('PriceServiceBusy', 'try again');
      return getPrice(input, context);
    };
    const result = await execute(definition, {
      input: { orderId: 'o-8', customer: 'c-2', lines: [{ sku: 'pear', quantity: 4 }] },
      tasks: { 'Get Price': flaky, 'Charge Customer': charge },
    });
    expect(result.output).toMatchObject({ subtotal: 3, discount: 0, charged: 3 });
    expect(calls).toBe(2);
    expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(2000);
  });

  it('fails with the order and the reason when the payment is declined', async () => {
    const result = await execute(definition, {
      input: { orderId: 'o-9', customer: 'c-3', lines: [{ sku: 'apple', quantity: 1 }] },
      tasks: { 'Get Price': getPrice, 'Charge Customer': () => { throw new AslError('PaymentDeclined', 'card expired'); } },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'PaymentDeclined', cause: 'Order o-9: card expired' });
    expect(visited(result)).toEqual(['Remember Order', 'Price Lines', 'Get Price', 'Large Order?', 'Charge Customer', 'Payment Declined']);
  });
});
