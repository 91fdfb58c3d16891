import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { execute } from 'statewright/runtime';
import { testWorkflow } from 'statewright/testing';
import { validated } from './validated.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Quote';
const Order = z.object({ id: z.string(), lines: z.array(z.object({ sku: z.string() })) });

const quoted = workflow('Quoted', { input: Order })
  .pass('Remember', { assign: { 'orderId.$': '$.id', attempt: 1 } })
  .task('Quote', { resource: FN, result: z.object({ price: z.number() }), resultPath: '$.quote', assign: { 'price.$': '$.price' } })
  .map('Each Line', {
    itemsPath: '$.lines',
    itemSelector: { 'sku.$': '$$.Map.Item.Value.sku', 'order.$': '$orderId' },
    processor: (line) => line.pass('Tag', { parameters: { 'sku.$': '$.sku', 'order.$': '$.order', 'price.$': '$price' } }),
    resultPath: '$.tagged',
  })
  .pass('Summary', { parameters: { 'order.$': '$orderId', 'attempt.$': '$attempt', 'tagged.$': '$.tagged' } });

describe('assign in JSONPath states', () => {
  it('writes Assign where the state has it, validating clean', () => {
    const asl = validated(quoted.toAsl());
    expect(asl.States.Remember).toEqual({ Type: 'Pass', Assign: { 'orderId.$': '$.id', attempt: 1 }, Next: 'Quote' });
    expect(Object.keys(asl.States.Quote ?? {})).toEqual(['Type', 'Resource', 'ResultPath', 'Assign', 'Next']);
  });

  it('runs: later states, the Map itemSelector and the iterations read the variables', async () => {
    const result = await testWorkflow(quoted).mock('Quote', { price: 9.5 }).run({ id: 'o-1', lines: [{ sku: 'a' }, { sku: 'b' }] });
    expect(result.output).toEqual({
      order: 'o-1',
      attempt: 1,
      tagged: [{ sku: 'a', order: 'o-1', price: 9.5 }, { sku: 'b', order: 'o-1', price: 9.5 }],
    });
  });

  it('keeps what a Parallel branch assigns inside it', async () => {
    const wf = workflow('Scopes', { input: z.object({}) })
      .pass('Outer', { assign: { x: 'outer' } })
      .parallel('Both', (b) => [
        b.pass('Inner', { assign: { y: 'inner' } }).pass('Read', { parameters: { 'x.$': '$x', 'y.$': '$y' } }),
      ])
      .pass('After', { parameters: { 'x.$': '$x', 'branch.$': '$[0]' } });
    const result = await execute(validated(wf.toAsl()), { input: {} });
    expect(result.output).toEqual({ x: 'outer', branch: { x: 'outer', y: 'inner' } });
  });

  it('assigns on Wait and Choice states from their effective input', async () => {
    const wf = workflow('Gate', { input: z.object({ n: z.number() }) })
      .wait('Pause', { seconds: 0, assign: { 'waited.$': '$.n' } })
      .choice('Big?', (c) => c.when(c.numericGreaterThan('$.n', 10), (b) => b.pass('Big', { result: 'big' })).otherwise(), { assign: { 'seen.$': '$.n' } })
      .pass('Small', { parameters: { 'waited.$': '$waited', 'seen.$': '$seen' } });
    const asl = validated(wf.toAsl());
    expect(asl.States['Big?']).toEqual({ Type: 'Choice', Assign: { 'seen.$': '$.n' }, Choices: [{ Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' }], Default: 'Small' });
    const result = await execute(asl, { input: { n: 3 } });
    expect(result.output).toEqual({ waited: 3, seen: 3 });
  });
});
