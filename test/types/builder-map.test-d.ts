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

  describe('over a JSON object (one iteration per key-value pair)', () => {
    const Config = z.object({ env: z.string(), servers: z.object({ web: z.object({ port: z.number() }), db: z.object({ port: z.number() }) }) });
    const config = workflow('C', { input: Config });

    it('gives each iteration { Key, Value }: the key among the object keys, the value among its values', () => {
      const limits = workflow('L', { input: z.object({ limits: z.object({ cpu: z.number(), tier: z.string() }) }) });
      const wf = limits.map('Each Limit', { itemsPath: '$.limits', processor: (limit) => limit.pass('Keep') });
      expectTypeOf(outputOf(wf)).toEqualTypeOf<{ Key: 'cpu' | 'tier'; Value: number | string }[]>();
    });

    it('types $$.Map.Item.Key and $$.Map.Item.Value (the value alone) in itemSelector', () => {
      const wf = config.map('Each Server', {
        itemsPath: '$.servers',
        itemSelector: { 'name.$': '$$.Map.Item.Key', 'port.$': '$$.Map.Item.Value.port', 'env.$': '$.env' },
        processor: (server) => server.pass('Keep'),
      });
      expectTypeOf(outputOf(wf)).toEqualTypeOf<{ name: 'web' | 'db'; port: number; env: string }[]>();
    });

    it('iterates a record with string keys', () => {
      const prices = workflow('P', { input: z.object({ bySku: z.record(z.string(), z.number()) }) });
      const wf = prices.map('Each Price', { itemsPath: '$.bySku', processor: (price) => price.pass('Keep') });
      expectTypeOf(outputOf(wf)).toEqualTypeOf<{ Key: string; Value: number }[]>();
    });

    it('refuses Map.Item.Key over an array and paths into a pair the processor does not get', () => {
      // @ts-expect-error: an array's items have no Key in $$.Map.Item
      start.map('M', { itemsPath: '$.lines', itemSelector: { 'k.$': '$$.Map.Item.Key' }, processor: (item) => item.pass('P') });
      // @ts-expect-error: $$.Map.Item.Value is the value ({ port }), which has no key Value
      config.map('M', { itemsPath: '$.servers', itemSelector: { 'v.$': '$$.Map.Item.Value.Value' }, processor: (item) => item.pass('P') });
      // @ts-expect-error: the iteration input is { Key, Value }; it has no key port
      config.map('M', { itemsPath: '$.servers', processor: (item) => item.pass('P', { outputPath: '$.port' }) });
    });
  });

  it('makes fragments with map()', () => {
    const each = map<{ ids: string[] }>()('Each', { itemsPath: '$.ids', processor: (item) => item.pass('Touch') });
    expectTypeOf(outputOf(each)).toEqualTypeOf<string[]>();
  });
});
