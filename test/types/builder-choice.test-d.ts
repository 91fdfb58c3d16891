import { describe, expectTypeOf, it } from 'vitest';
import { outputOf } from './flow-of.js';
import { workflow } from 'statewright';
import type { Narrow } from '../../src/builder/index.js';

interface Order {
  kind: 'big' | 'small';
  qty: number;
  note?: string | null;
  paid: boolean;
  at: string;
  limit: number;
}
type Shape = { type: 'circle'; r: number } | { type: 'square'; side: number };

const start = workflow<Order>('W');
const shapes = workflow<Shape>('S');

// The input each branch receives, read back through the branch's own output.
function branchInput<T>(wf: { readonly '~flow'?: { readonly out: T } }): T {
  return wf as never;
}

describe('condition builders', () => {
  it('narrow a branch input as === does: equality to the literal, type tests to the type', () => {
    const big = start.choice('C', (c) => c.when(c.stringEquals('$.kind', 'big'), (b) => b.pass('Big')));
    expectTypeOf(branchInput(big)).toEqualTypeOf<{ qty: number; note?: string | null; paid: boolean; at: string; limit: number; kind: 'big' }>();
    const paid = start.choice('C', (c) => c.when(c.booleanEquals('$.paid', true), (b) => b.pass('Paid')));
    expectTypeOf(branchInput(paid)).toEqualTypeOf<{ kind: 'big' | 'small'; qty: number; note?: string | null; at: string; limit: number; paid: true }>();
    const noted = start.choice('C', (c) => c.when(c.isString('$.note', true), (b) => b.pass('Noted')));
    expectTypeOf(branchInput(noted)).toEqualTypeOf<{ kind: 'big' | 'small'; qty: number; paid: boolean; at: string; limit: number; note: string }>();
    const present = start.choice('C', (c) => c.when(c.isPresent('$.note', true), (b) => b.pass('Present')));
    expectTypeOf(branchInput(present)).toEqualTypeOf<{ kind: 'big' | 'small'; qty: number; paid: boolean; at: string; limit: number; note: string | null }>();
    const isNull = start.choice('C', (c) => c.when(c.isNull('$.note', true), (b) => b.pass('Null')));
    expectTypeOf(branchInput(isNull)).toEqualTypeOf<{ kind: 'big' | 'small'; qty: number; paid: boolean; at: string; limit: number; note: null }>();
    const three = start.choice('C', (c) => c.when(c.numericEquals('$.qty', 3), (b) => b.pass('Three')));
    expectTypeOf(branchInput(three)).toEqualTypeOf<{ kind: 'big' | 'small'; note?: string | null; paid: boolean; at: string; limit: number; qty: 3 }>();
  });

  it('drop the members of a union that cannot match', () => {
    const circle = shapes.choice('C', (c) => c.when(c.stringEquals('$.type', 'circle'), (b) => b.pass('Circle')));
    expectTypeOf(branchInput(circle)).toEqualTypeOf<{ type: 'circle'; r: number }>();
    const square = shapes.choice('C', (c) => c.when(c.isPresent('$.side', true), (b) => b.pass('Square')));
    expectTypeOf(branchInput(square)).toEqualTypeOf<{ type: 'square'; side: number }>();
  });

  it('combine: and narrows by all, or to the union, not tells nothing', () => {
    type Both = Narrow<Order, [['$.kind', 'big'], ['$.paid', true]]>;
    expectTypeOf<Both>().toEqualTypeOf<{ qty: number; note?: string | null; at: string; limit: number; kind: 'big'; paid: true }>();
    const both = start.choice('C', (c) => c.when(c.and(c.stringEquals('$.kind', 'big'), c.booleanEquals('$.paid', true)), (b) => b.pass('Both')));
    expectTypeOf(branchInput(both)).toEqualTypeOf<Both>();
    const either = shapes.choice('C', (c) => c.when(c.or(c.stringEquals('$.type', 'circle'), c.numericGreaterThan('$.side', 2)), (b) => b.pass('E')));
    expectTypeOf(branchInput(either)).toEqualTypeOf<Shape>();
    const not = start.choice('C', (c) => c.when(c.not(c.stringEquals('$.kind', 'big')), (b) => b.pass('Not')));
    expectTypeOf(branchInput(not)).toEqualTypeOf<Order>();
  });

  it('check paths and values against the field types', () => {
    start.choice('C', (c) => c
      .when(c.stringLessThan('$.kind', 'm'), 'X')
      .when(c.stringGreaterThanEqualsPath('$.at', '$.kind'), 'X')
      .when(c.numericLessThanEqualsPath('$.qty', '$.limit'), 'X')
      .when(c.timestampGreaterThan('$.at', '2024-01-01T00:00:00Z'), 'X')
      .when(c.isNumeric('$.qty', false), 'X')
      .otherwise('X')).succeed('X');
    start.choice('C', (c) => c
      // @ts-expect-error: 'huge' is not a value of kind ('big' | 'small')
      .when(c.stringEquals('$.kind', 'huge'), 'X')
      // @ts-expect-error: qty is a number, stringEquals needs a string field
      .when(c.stringEquals('$.qty', '3'), 'X')
      // @ts-expect-error: a number field compared with a string
      .when(c.numericEquals('$.qty', '3'), 'X')
      // @ts-expect-error: no key nope
      .when(c.isPresent('$.nope', true), 'X')
      // @ts-expect-error: the other path must point at a number
      .when(c.numericEqualsPath('$.qty', '$.kind'), 'X')
      .otherwise('X')).succeed('X');
  });
});

describe('.choice()', () => {
  it('flows the open branches and otherwise() on to the next state', () => {
    const wf = start.choice('C', (c) => c
      .when(c.stringEquals('$.kind', 'big'), (b) => b.pass('Big', { result: 1 }))
      .when(c.stringEquals('$.kind', 'small'), (b) => b.fail('Small'))
      .otherwise());
    expectTypeOf(outputOf(wf)).toEqualTypeOf<1 | Order>();
    const closed = start.choice('C', (c) => c.when(c.stringEquals('$.kind', 'big'), 'Big').otherwise('Big')).pass('Big');
    // What arrives at "Big": the narrowed input of the rule, and the choice's input from the default.
    expectTypeOf(outputOf(closed)).toEqualTypeOf<{ qty: number; note?: string | null; paid: boolean; at: string; limit: number; kind: 'big' } | Order>();
  });

  it('loops to a defined state whose input accepts the narrowed input, names autocompleted', () => {
    const wf = start.pass('Again').choice('C', (c) => c.when(c.numericLessThan('$.qty', 3), 'Again').otherwise('Again'));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<never>();
    // @ts-expect-error: AslTypeError<'The input arriving at "One" is not assignable to the input of "One"'>
    start.pass('One', { result: 1 }).choice('C', (c) => c.when(c.isNull('$', false), 'One'));
    // @ts-expect-error: the default brings the choice's input (1) to "One", whose input is an Order
    start.pass('One').pass('Two', { result: 1 }).choice('C', (c) => c.otherwise('One'));
  });

  it('keeps names unique across branches and the chain', () => {
    // @ts-expect-error: AslTypeError<'State name "B" is already used'>
    start.choice('C', (c) => c.when(c.isNull('$.note', true), (b) => b.pass('B'))).pass('B');
    // @ts-expect-error: AslTypeError<'State name "C" is already used'>
    start.choice('C', (c) => c.when(c.isNull('$.note', true), (b) => b.pass('C')));
  });

  it('takes a comment', () => {
    const wf = start.choice('C', (c) => c.otherwise(), { comment: 'route' });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<Order>();
    // @ts-expect-error: the comment is a string
    start.choice('C', (c) => c.otherwise(), { comment: 1 });
  });
});
