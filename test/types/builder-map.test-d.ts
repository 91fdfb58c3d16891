import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { map, workflow, type TaskResultsOf } from 'statewright';
import { outputOf } from './flow-of.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const Order = z.object({ id: z.string(), lines: z.array(z.object({ sku: z.string(), qty: z.number() })) });
const start = workflow('W', { input: Order });

describe('map', () => {
  it('runs the processor on each item; the result is the array of its outputs', () => {
    const wf = start.map('Each Line', {
      itemsPath: '$.lines',
      processor: (line) => line.task('Price', { resource: FN, result: z.number(), resultPath: '$.price' }),
      resultPath: '$.priced',
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ id: string; lines: { sku: string; qty: number }[]; priced: { sku: string; qty: number; price: number }[] }>();
    expectTypeOf<TaskResultsOf<typeof wf>['Price']>().toEqualTypeOf<number>();
  });

  it('gives the processor what itemSelector builds, with $$.Map.Item typed', () => {
    const wf = start.map('Each Line', {
      itemsPath: '$.lines',
      itemSelector: { 'order.$': '$.id', 'sku.$': '$$.Map.Item.Value.sku', 'index.$': '$$.Map.Item.Index' },
      processor: (line) => line.pass('Keep'),
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ order: string; sku: string; index: number }[]>();
  });

  it('refuses an itemsPath that is no array, unknown item fields and duplicate names', () => {
    // @ts-expect-error: $.id is a string, not an array
    start.map('M', { itemsPath: '$.id', processor: (item) => item.pass('P') });
    // @ts-expect-error: an item has no key price
    start.map('M', { itemsPath: '$.lines', processor: (item) => item.pass('P', { outputPath: '$.price' }) });
    // @ts-expect-error: no key nope in the item
    start.map('M', { itemsPath: '$.lines', itemSelector: { 'x.$': '$$.Map.Item.Value.nope' }, processor: (item) => item.pass('P') });
    // @ts-expect-error: AslTypeError<'State name "M" is already used'>
    start.map('M', { itemsPath: '$.lines', processor: (item) => item.pass('M') });
  });

  it('makes fragments with map()', () => {
    const each = map<{ ids: string[] }>()('Each', { itemsPath: '$.ids', processor: (item) => item.pass('Touch') });
    expectTypeOf(outputOf(each)).toEqualTypeOf<string[]>();
  });
});
