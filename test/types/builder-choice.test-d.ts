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
    // The rules took every kind, so nothing reaches the default: only the "Big" branch flows on.
    expectTypeOf(outputOf(wf)).toEqualTypeOf<1>();
    const closed = start.choice('C', (c) => c.when(c.stringEquals('$.kind', 'big'), 'Big').otherwise('Big')).pass('Big');
    // What arrives at "Big": the narrowed input of the rule, and the default's input (the other kind).
    expectTypeOf(outputOf(closed)).toEqualTypeOf<{ qty: number; note?: string | null; paid: boolean; at: string; limit: number; kind: 'big' } | { qty: number; note?: string | null; paid: boolean; at: string; limit: number; kind: 'small' }>();
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

describe('.otherwise() input', () => {
  type Rest<K extends keyof Order, V> = Omit<Order, K> & Record<K, V>;

  it('loses what equality rules with one literal matched', () => {
    const small = start.choice('C', (c) => c.when(c.stringEquals('$.kind', 'big'), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(small)).branded.toEqualTypeOf<Rest<'kind', 'small'>>();
    const unpaid = start.choice('C', (c) => c.when(c.booleanEquals('$.paid', true), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(unpaid)).branded.toEqualTypeOf<Rest<'paid', false>>();
    // A missing `note` makes IsNull fail with States.Runtime, so the default sees a present string.
    const noted = start.choice('C', (c) => c.when(c.isNull('$.note', true), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(noted)).branded.toEqualTypeOf<Rest<'note', string>>();
    const square = shapes.choice('C', (c) => c.when(c.stringEquals('$.type', 'circle'), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(square)).toEqualTypeOf<{ type: 'square'; side: number }>();
  });

  it('loses what each rule of an or matched, and each earlier rule', () => {
    const either = start.choice('C', (c) => c.when(c.or(c.stringEquals('$.kind', 'big'), c.numericGreaterThan('$.qty', 3)), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(either)).branded.toEqualTypeOf<Rest<'kind', 'small'>>();
    const both = start.choice('C', (c) => c
      .when(c.stringEquals('$.kind', 'big'), (b) => b.fail('F'))
      .when(c.booleanEquals('$.paid', false), (b) => b.fail('G'))
      .otherwise());
    expectTypeOf(outputOf(both)).branded.toEqualTypeOf<Omit<Order, 'kind' | 'paid'> & { kind: 'small'; paid: true }>();
  });

  it('keeps the input where a rule is not exact', () => {
    // big AND paid failing leaves big orders that are not paid: nothing is excluded.
    const and = start.choice('C', (c) => c.when(c.and(c.stringEquals('$.kind', 'big'), c.booleanEquals('$.paid', true)), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(and)).toEqualTypeOf<Order>();
    // @ts-expect-error: an and with a condition on another field does not exclude 'big'
    expectTypeOf(outputOf(and)).branded.toEqualTypeOf<Rest<'kind', 'small'>>();
    const less = start.choice('C', (c) => c.when(c.numericLessThan('$.qty', 3), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(less)).toEqualTypeOf<Order>();
    const not = start.choice('C', (c) => c.when(c.not(c.stringEquals('$.kind', 'big')), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(not)).toEqualTypeOf<Order>();
    // A value that is not one literal matches whichever it holds at run time.
    const kind = 'big' as 'big' | 'small';
    const variable = start.choice('C', (c) => c.when(c.stringEquals('$.kind', kind), (b) => b.fail('F')).otherwise());
    expectTypeOf(outputOf(variable)).toEqualTypeOf<Order>();
    // @ts-expect-error: a value that may be either kind excludes neither
    expectTypeOf(outputOf(variable)).toEqualTypeOf<never>();
  });

  it('checks a default target against the narrowed input', () => {
    // "Small" takes small orders only; an inner choice's default that took big ones out may go there.
    start.choice('C1', (c) => c
      .when(c.stringEquals('$.kind', 'small'), (b) => b.pass('Small').succeed('Done'))
      .when(c.booleanEquals('$.paid', true), (b) => b.choice('C2', (inner) => inner
        .when(inner.stringEquals('$.kind', 'big'), (f) => f.fail('F'))
        .otherwise('Small')))
      .otherwise());
    start.choice('C1', (c) => c
      .when(c.stringEquals('$.kind', 'small'), (b) => b.pass('Small').succeed('Done'))
      .when(c.booleanEquals('$.paid', true), (b) => b.choice('C2', (inner) => inner
        .when(inner.numericLessThan('$.qty', 3), (f) => f.fail('F'))
        // @ts-expect-error: AslTypeError<'The input arriving at "Small" is not assignable to the input of "Small"'>: big orders reach this default
        .otherwise('Small')))
      .otherwise());
  });
});
