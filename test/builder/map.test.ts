import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { testWorkflow } from 'statewright/testing';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Price';
const Order = z.object({ id: z.string(), lines: z.array(z.object({ sku: z.string(), qty: z.number() })) });
const pricing = workflow('Pricing', { input: Order })
  .map('Each Line', {
    itemsPath: '$.lines',
    itemSelector: { 'order.$': '$.id', 'sku.$': '$$.Map.Item.Value.sku', 'index.$': '$$.Map.Item.Index' },
    maxConcurrency: 2,
    processor: (line) => line.task('Price', { resource: FN, result: z.number(), resultPath: '$.price' }),
    resultPath: '$.priced',
    catch: [{ errorEquals: ['States.ALL'], next: 'Unpriced' }],
  })
  .succeed('Priced')
  .goto('Unpriced')
  .fail('Unpriced', { error: 'PricingFailed' });

describe('map in the builder', () => {
  it('compiles to a Map state with its processor', () => {
    expect(pricing.toAsl().States['Each Line']).toEqual({
      Type: 'Map',
      ItemsPath: '$.lines',
      ItemSelector: { 'order.$': '$.id', 'sku.$': '$$.Map.Item.Value.sku', 'index.$': '$$.Map.Item.Index' },
      ItemProcessor: { StartAt: 'Price', States: { Price: { Type: 'Task', Resource: FN, ResultPath: '$.price', End: true } } },
      MaxConcurrency: 2,
      ResultPath: '$.priced',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Unpriced' }],
      Next: 'Priced',
    });
  });

  it('writes the processor config for distributed mode', () => {
    const wf = workflow<{ ids: string[] }>('D').map('Each', { itemsPath: '$.ids', mode: 'DISTRIBUTED', executionType: 'EXPRESS', label: 'each', processor: (item) => item.pass('Touch') });
    expect(wf.toAsl().States.Each).toMatchObject({ ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'Touch' }, Label: 'each' });
  });

  it('runs each item through the processor', async () => {
    const result = await testWorkflow(pricing)
      .mock('Price', (input) => ((input as { index: number }).index + 1) * 10)
      .run({ id: 'o-1', lines: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }] });
    expect(result.output).toEqual({
      id: 'o-1',
      lines: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }],
      priced: [{ order: 'o-1', sku: 'a', index: 0, price: 10 }, { order: 'o-1', sku: 'b', index: 1, price: 20 }],
    });
  });

  it('goes to the catcher when an iteration fails', async () => {
    const result = await testWorkflow(pricing).mockError('Price', 'Price.Missing', 'no price').run({ id: 'o', lines: [{ sku: 'a', qty: 1 }] });
    expect(result).toMatchObject({ status: 'FAILED', error: 'PricingFailed' });
  });
});
