// A loyalty discount written with the builder in JSONata: load the customer, price the cart with a
// Map, pick a discount rate by tier or points, and award loyalty points. Workflow variables carry the
// customer, the subtotal and the rate from state to state, so each state's output stays small.
import { z } from 'zod';
import { condition, jsonata, workflow } from 'statewright';

const GET_CUSTOMER = 'arn:aws:states:::dynamodb:getItem';
const AWARD_POINTS = 'arn:aws:states:::lambda:invoke';

/** The execution input: who buys what. */
export const Checkout = z.object({
  customerId: z.string(),
  cart: z.array(z.object({ sku: z.string(), price: z.number().nonnegative(), qty: z.number().int().positive() })),
});

/** What the customers table answers (DynamoDB GetItem, attribute values as DynamoDB JSON). */
export const CustomerItem = z.object({
  Item: z.object({ tier: z.object({ S: z.enum(['GOLD', 'SILVER', 'BASIC']) }), points: z.object({ N: z.string() }) }),
});

/** What the points function returns (Lambda Invoke wraps it in `Payload`). */
export const Award = z.object({ Payload: z.object({ awarded: z.number().int() }) });

export const loyaltyDiscount = workflow('LoyaltyDiscount', { input: Checkout, queryLanguage: 'JSONata', comment: 'Price a cart with a loyalty discount.' })
  .task('Load Customer', {
    resource: GET_CUSTOMER,
    arguments: { TableName: 'customers', Key: { id: { S: '{% $states.input.customerId %}' } } },
    result: CustomerItem,
    assign: {
      customerId: '{% $states.input.customerId %}',
      tier: '{% $states.result.Item.tier.S %}',
      points: jsonata<number>('{% $number($states.result.Item.points.N) %}'),
      rate: 0,
    },
    output: '{% $states.input.cart %}',
  })
  .map('Price Lines', {
    itemSelector: { sku: '{% $states.context.Map.Item.Value.sku %}', amount: jsonata<number>('{% $states.context.Map.Item.Value.price * $states.context.Map.Item.Value.qty %}') },
    processor: (line) => line.pass('Line Total'),
    assign: { subtotal: jsonata<number>('{% $sum($states.result.amount) %}') },
  })
  .choice('Discount?', (c) => c
    .when(condition("{% $tier = 'GOLD' %}"), (b) => b.pass('Gold Rate', { assign: { rate: 0.15 } }))
    .when(condition('{% $points >= 1000 %}'), (b) => b.pass('Points Rate', { assign: { rate: 0.05 } }))
    .otherwise())
  .pass('Apply Discount', { assign: { total: jsonata<number>('{% $round($subtotal * (1 - $rate), 2) %}') } })
  .task('Award Points', {
    resource: AWARD_POINTS,
    arguments: { FunctionName: 'award-points', Payload: { customerId: '{% $customerId %}', total: '{% $total %}' } },
    result: Award,
    retry: [{ errorEquals: ['Lambda.TooManyRequestsException'], intervalSeconds: 2, maxAttempts: 3, backoffRate: 2 }],
    catch: [{ errorEquals: ['States.ALL'], next: 'Points Unavailable' }],
    output: {
      customerId: '{% $customerId %}',
      tier: '{% $tier %}',
      subtotal: '{% $subtotal %}',
      rate: '{% $rate %}',
      total: '{% $total %}',
      pointsAwarded: '{% $states.result.Payload.awarded %}',
    },
  })
  .succeed('Priced')
  .pass('Points Unavailable', {
    output: { customerId: '{% $customerId %}', tier: '{% $tier %}', subtotal: '{% $subtotal %}', rate: '{% $rate %}', total: '{% $total %}', pointsAwarded: 0 },
  });
