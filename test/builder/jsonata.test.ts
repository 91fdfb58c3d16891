import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { condition, fragment, jsonata, workflow } from 'statewright';
import { execute } from 'statewright/runtime';
import { testWorkflow } from 'statewright/testing';
import { validated } from './validated.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Quote';
const Order = z.object({ id: z.string(), lines: z.array(z.object({ sku: z.string(), qty: z.number() })) });

const priced = workflow('Priced', { input: Order, queryLanguage: 'JSONata', comment: 'JSONata all the way' })
  .pass('Remember', { assign: { orderId: '{% $states.input.id %}', discount: 0.1 } })
  .map('Each Line', {
    items: '{% $states.input.lines %}',
    itemSelector: { sku: '{% $states.context.Map.Item.Value.sku %}', qty: '{% $states.context.Map.Item.Value.qty %}', order: '{% $orderId %}' },
    maxConcurrency: 2,
    processor: (line) => line.task('Price', {
      resource: FN,
      arguments: { sku: '{% $states.input.sku %}' },
      result: z.object({ unit: z.number() }),
      output: { sku: '{% $states.input.sku %}', amount: jsonata<number>('{% $states.result.unit * $states.input.qty %}') },
    }),
    assign: { subtotal: jsonata<number>('{% $sum($states.result.amount) %}') },
    output: { id: '{% $states.input.id %}', lines: '{% $states.result %}' },
  })
  .choice('Discount?', (c) => c
    .when(condition('{% $subtotal > 100 %}'), (b) => b.pass('Discounted', { output: { id: '{% $states.input.id %}', total: jsonata<number>('{% $subtotal * (1 - $discount) %}') } }).end())
    .otherwise())
  .pass('Full Price', { output: { id: '{% $states.input.id %}', total: '{% $subtotal %}' } });

describe('JSONata states in the builder', () => {
  it('compiles to ASL with QueryLanguage, Items, ItemSelector, Arguments, Output, Assign and Condition, validating clean', () => {
    const asl = validated(priced.toAsl());
    expect(asl).toEqual({
      Comment: 'JSONata all the way',
      QueryLanguage: 'JSONata',
      StartAt: 'Remember',
      States: {
        Remember: { Type: 'Pass', Assign: { orderId: '{% $states.input.id %}', discount: 0.1 }, Next: 'Each Line' },
        'Each Line': {
          Type: 'Map',
          Items: '{% $states.input.lines %}',
          ItemSelector: { sku: '{% $states.context.Map.Item.Value.sku %}', qty: '{% $states.context.Map.Item.Value.qty %}', order: '{% $orderId %}' },
          ItemProcessor: {
            StartAt: 'Price',
            States: {
              Price: {
                Type: 'Task',
                Resource: FN,
                Arguments: { sku: '{% $states.input.sku %}' },
                Output: { sku: '{% $states.input.sku %}', amount: '{% $states.result.unit * $states.input.qty %}' },
                End: true,
              },
            },
          },
          MaxConcurrency: 2,
          Output: { id: '{% $states.input.id %}', lines: '{% $states.result %}' },
          Assign: { subtotal: '{% $sum($states.result.amount) %}' },
          Next: 'Discount?',
        },
        'Discount?': { Type: 'Choice', Choices: [{ Condition: '{% $subtotal > 100 %}', Next: 'Discounted' }], Default: 'Full Price' },
        Discounted: { Type: 'Pass', Output: { id: '{% $states.input.id %}', total: '{% $subtotal * (1 - $discount) %}' }, End: true },
        'Full Price': { Type: 'Pass', Output: { id: '{% $states.input.id %}', total: '{% $subtotal %}' }, End: true },
      },
    });
    expect(Object.keys(asl)).toEqual(['Comment', 'QueryLanguage', 'StartAt', 'States']);
    expect(Object.keys(asl.States['Each Line'] ?? {})).toEqual(['Type', 'Items', 'ItemSelector', 'ItemProcessor', 'MaxConcurrency', 'Output', 'Assign', 'Next']);
  });

  it('runs: the Map prices each line, Assign keeps the subtotal, the Choice reads it', async () => {
    const big = await testWorkflow(priced).mock('Price', { unit: 60 }).run({ id: 'o-1', lines: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }] });
    expect(big.output).toEqual({ id: 'o-1', total: 162 });
    const small = await testWorkflow(priced).mock('Price', { unit: 10 }).run({ id: 'o-2', lines: [{ sku: 'a', qty: 1 }] });
    expect(small.output).toEqual({ id: 'o-2', total: 10 });
  });

  it('writes QueryLanguage on a JSONata state of a JSONPath workflow', async () => {
    const mixed = workflow('Mixed', { input: z.object({ a: z.number() }) })
      .pass('Double', { queryLanguage: 'JSONata', output: { twice: jsonata<number>('{% $states.input.a * 2 %}') } })
      .pass('Back', { parameters: { 'value.$': '$.twice' } });
    const asl = validated(mixed.toAsl());
    expect(asl.States.Double).toEqual({ Type: 'Pass', QueryLanguage: 'JSONata', Output: { twice: '{% $states.input.a * 2 %}' }, Next: 'Back' });
    expect(Object.keys(asl.States.Double ?? {})).toEqual(['Type', 'QueryLanguage', 'Output', 'Next']);
    expect((await execute(asl, { input: { a: 4 } })).output).toEqual({ value: 8 });
  });

  it('runs JSONata Parallel, Wait and Succeed states', async () => {
    const wf = workflow('Fan', { input: z.object({ n: z.number() }), queryLanguage: 'JSONata' })
      .parallel('Both', (b) => [b.pass('Left', { output: '{% $states.input.m + 1 %}' }), b.pass('Right')], { arguments: { m: '{% $states.input.n %}' }, output: { sum: jsonata<number>('{% $states.result[0] + $states.result[1].m %}') } })
      .wait('Pause', { seconds: '{% 0 %}' })
      .succeed('Done', { output: '{% $states.input.sum %}' });
    const asl = validated(wf.toAsl());
    expect(asl.States.Both).toMatchObject({ Arguments: { m: '{% $states.input.n %}' }, Output: { sum: '{% $states.result[0] + $states.result[1].m %}' } });
    expect(asl.States.Pause).toEqual({ Type: 'Wait', Seconds: '{% 0 %}', Next: 'Done' });
    expect((await execute(asl, { input: { n: 3 } })).output).toBe(7);
  });

  it('joins a JSONata fragment to a JSONata workflow', async () => {
    const count = fragment<{ items: string[] }, 'JSONata'>().pass('Count', { output: jsonata<number>('{% $count($states.input.items) %}') });
    const wf = workflow('Counted', { input: z.object({ items: z.array(z.string()) }), queryLanguage: 'JSONata' }).pass('Start').next(count);
    const asl = validated(wf.toAsl());
    expect(asl.States.Count).toEqual({ Type: 'Pass', Output: '{% $count($states.input.items) %}', End: true });
    expect((await execute(asl, { input: { items: ['a', 'b'] } })).output).toBe(2);
  });

  it('fails with a JSONata cause', async () => {
    const wf = workflow('Refuse', { input: z.object({ why: z.string() }), queryLanguage: 'JSONata' }).fail('No', { error: 'Refused', cause: '{% $states.input.why %}' });
    const result = await execute(validated(wf.toAsl()), { input: { why: 'closed' } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Refused', cause: 'closed' });
  });

  it('refuses an expression without {% %} at run time, naming it', () => {
    expect(() => jsonata<number>('$states.input' as `{%${string}%}`)).toThrow('A JSONata expression must start with "{%" and end with "%}", got "$states.input"');
  });
});
