import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { fragment, workflow, type AslTypeError } from 'statewright';
import type { CheckVariable } from '../../src/builder/index.js';
import { outputOf } from './flow-of.js';
import { variablesOf } from './variables-of.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';
const Order = z.object({ id: z.string(), total: z.number(), customer: z.object({ tier: z.enum(['GOLD', 'BASIC']) }) });
type Order = z.infer<typeof Order>;
const start = workflow('W', { input: Order });
const Quote = z.object({ price: z.number(), currency: z.string() });

describe('assign (JSONPath)', () => {
  it('records the variables a Pass state assigns: paths read its result, other values are literals', () => {
    const wf = start.pass('Keep', { assign: { 'orderId.$': '$.id', 'tier.$': '$.customer.tier', tries: 0, tags: ['a'] } });
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ orderId: string; tier: 'GOLD' | 'BASIC'; tries: 0; tags: ['a'] }>();
    expectTypeOf(outputOf(wf)).toEqualTypeOf<Order>();
  });

  it('reads a Pass result, not the input, when the state has one', () => {
    const wf = start.pass('Seed', { result: { n: 1 }, resultPath: '$.seed', assign: { 'n.$': '$.n' } });
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ n: 1 }>();
  });

  it('reads a Task result after resultSelector', () => {
    const wf = start.task('Quote', { resource: FN, result: Quote, resultSelector: { 'amount.$': '$.price' }, resultPath: '$.quote', assign: { 'price.$': '$.amount' } });
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ price: number }>();
    const raw = start.task('Quote', { resource: FN, result: Quote, resultPath: null, assign: { 'currency.$': '$.currency' } });
    expectTypeOf(variablesOf(raw)).toEqualTypeOf<{ currency: string }>();
  });

  it('reads the effective input in a Wait state and in a Choice state', () => {
    const waited = start.wait('Pause', { seconds: 1, inputPath: '$.customer', assign: { 'tier.$': '$.tier' } });
    expectTypeOf(variablesOf(waited)).toEqualTypeOf<{ tier: 'GOLD' | 'BASIC' }>();
    const chose = start.choice('Big?', (c) => c.when(c.numericGreaterThan('$.total', 100), (b) => b.pass('Big')).otherwise(), { assign: { 'total.$': '$.total' } }).pass('After');
    expectTypeOf(variablesOf(chose)).toEqualTypeOf<{ total: number }>();
  });

  it('has no variables before an assign, and a later assign replaces a variable whatever its type', () => {
    expectTypeOf(variablesOf(start)).toEqualTypeOf<object>();
    const wf = start.pass('A', { assign: { x: 1, y: 'keep' } }).pass('B', { assign: { x: 'now a string' } });
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ x: 'now a string'; y: 'keep' }>();
  });

  it('lets later templates read variables with "key.$": "$name"', () => {
    const wf = start
      .pass('Keep', { assign: { 'customer.$': '$.customer', rate: 0.1 } })
      .pass('Use', { parameters: { 'who.$': '$customer', 'tier.$': '$customer.tier', 'rate.$': '$rate', 'id.$': '$.id' } });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ who: { tier: 'GOLD' | 'BASIC' }; tier: 'GOLD' | 'BASIC'; rate: 0.1; id: string }>();
  });

  it('reads variables in a Task resultSelector and in a Map itemSelector', () => {
    const wf = start
      .pass('Keep', { assign: { 'orderId.$': '$.id' } })
      .task('Quote', { resource: FN, result: Quote, resultSelector: { 'price.$': '$.price', 'order.$': '$orderId' } });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ price: number; order: string }>();
    const mapped = workflow('M', { input: z.object({ skus: z.array(z.string()) }) })
      .pass('Keep', { assign: { batch: 7 } })
      .map('Each', { itemsPath: '$.skus', itemSelector: { 'sku.$': '$$.Map.Item.Value', 'batch.$': '$batch' }, processor: (item) => item.pass('Touch') });
    expectTypeOf(outputOf(mapped)).toEqualTypeOf<{ sku: string; batch: 7 }[]>();
  });

  it('refuses an unknown variable, naming it, and a path its value does not have', () => {
    // @ts-expect-error: AslTypeError<'Unknown variable "$nope": no state before assigns it'>
    start.pass('Use', { parameters: { 'x.$': '$nope' } });
    // @ts-expect-error: the variable rate is a number, it has no key value
    start.pass('Keep', { assign: { rate: 1 } }).pass('Use', { parameters: { 'x.$': '$rate.value' } });
    // @ts-expect-error: an assign template reads only what exists: no key nope in the input
    start.pass('Keep', { assign: { 'x.$': '$.nope' } });
    // @ts-expect-error: an assign template reads an unknown variable
    start.task('T', { resource: FN, assign: { 'x.$': '$missing' } });
    expectTypeOf<CheckVariable<{ rate: number }, 'nope', '$nope'>>().toEqualTypeOf<AslTypeError<'Unknown variable "$nope": no state before assigns it'>>();
    expectTypeOf<CheckVariable<{ rate: number }, 'rate', '$rate'>>().toEqualTypeOf<'$rate'>();
  });

  it('sees a variable only after the state that assigns it', () => {
    // @ts-expect-error: the state that assigns x comes later
    start.pass('Use', { parameters: { 'x.$': '$x' } }).pass('Keep', { assign: { x: 1 } });
  });

  it('lets Parallel branches and Map processors read outer variables; their own stay inside', () => {
    const wf = start
      .pass('Keep', { assign: { 'orderId.$': '$.id' } })
      .parallel('Both', (b) => [
        b.pass('Left', { parameters: { 'id.$': '$orderId' }, assign: { inner: true } }).pass('Left2', { parameters: { 'inner.$': '$inner' } }),
        b.pass('Right'),
      ]);
    expectTypeOf(outputOf(wf)).toEqualTypeOf<[{ inner: true }, Order]>();
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ orderId: string }>();
    // @ts-expect-error: inner was assigned inside a branch; it does not leak out
    wf.pass('After', { parameters: { 'x.$': '$inner' } });
    // @ts-expect-error: a sibling branch does not see the variables of another
    start.parallel('P', (b) => [b.pass('L', { assign: { left: 1 } }), b.pass('R', { parameters: { 'x.$': '$left' } })]);
    const mapped = workflow('M', { input: z.object({ skus: z.array(z.string()) }) })
      .pass('Keep', { assign: { batch: 7 } })
      .map('Each', { itemsPath: '$.skus', processor: (item) => item.pass('Tag', { parameters: { 'b.$': '$batch' }, assign: { seen: 1 } }) });
    expectTypeOf(outputOf(mapped)).toEqualTypeOf<{ b: 7 }[]>();
    expectTypeOf(variablesOf(mapped)).toEqualTypeOf<{ batch: 7 }>();
  });

  it('assigns on Parallel and Map states from their result', () => {
    const wf = start.parallel('Both', (b) => [b.pass('L', { result: 1 }), b.pass('R', { result: 'r' })], { resultPath: '$.both', assign: { 'first.$': '$[0]' } });
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ first: 1 }>();
    const mapped = workflow('M', { input: z.object({ skus: z.array(z.string()) }) })
      .map('Each', { itemsPath: '$.skus', processor: (item) => item.pass('Touch'), resultPath: '$.done', assign: { 'all.$': '$' } });
    expectTypeOf(variablesOf(mapped)).toEqualTypeOf<{ all: string[] }>();
  });

  it('merges the variables of Choice branches: either path may have assigned them', () => {
    const wf = start
      .pass('Init', { assign: { rate: 0 } })
      .choice('Tier?', (c) => c
        .when(c.stringEquals('$.customer.tier', 'GOLD'), (b) => b.pass('Gold', { assign: { rate: 0.15, gold: true } }))
        .otherwise())
      .pass('After');
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ rate: 0 | 0.15; gold: true }>();
  });

  it('keeps variables across fragments joined with next()', () => {
    const tail = fragment<Order>().pass('Tail', { assign: { done: true } });
    const wf = start.pass('Keep', { assign: { n: 1 } }).next(tail);
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ n: 1; done: true }>();
  });
});
