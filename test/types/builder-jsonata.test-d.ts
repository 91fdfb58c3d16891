import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { condition, fragment, jsonata, workflow, type AslTypeError, type Jsonata, type TaskResultsOf, type WorkflowOutputOf } from 'statewright';
import { loyaltyDiscount } from '../../examples/loyalty-discount/workflow.js';
import type { CheckJsonata, JsonataOutput, StatesScope } from '../../src/builder/index.js';
import { outputOf } from './flow-of.js';
import { variablesOf } from './variables-of.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';
const Order = z.object({ id: z.string(), total: z.number(), lines: z.array(z.object({ sku: z.string(), qty: z.number() })) });
type Order = z.infer<typeof Order>;
type Line = Order['lines'][number];
const Quote = z.object({ price: z.number(), currency: z.string() });
type Quote = z.infer<typeof Quote>;
const wf = workflow('J', { input: Order, queryLanguage: 'JSONata' });
const jp = workflow('P', { input: Order });

describe('jsonata<T>()', () => {
  it('is a branded expression string carrying its type', () => {
    const total = jsonata<number>('{% $sum($states.input.lines.qty) %}');
    expectTypeOf(total).toEqualTypeOf<Jsonata<number>>();
    expectTypeOf(total).toExtend<string>();
    // @ts-expect-error: an expression starts with {% and ends with %}
    jsonata<number>('$sum($states.input.lines.qty)');
  });
});

describe('JSONata Pass', () => {
  it('outputs the input by default, and the output template when given', () => {
    expectTypeOf(outputOf(wf.pass('Keep'))).toEqualTypeOf<Order>();
    const shaped = wf.pass('Shape', { output: { order: '{% $states.input.id %}', lines: '{% $states.input.lines %}', count: jsonata<number>('{% $count($states.input.lines) %}'), fixed: 'literal', n: 1 } });
    expectTypeOf(outputOf(shaped)).toEqualTypeOf<{ order: string; lines: Line[]; count: number; fixed: 'literal'; n: 1 }>();
  });

  it('types a whole-expression output, and a computed one without a type as unknown', () => {
    expectTypeOf(outputOf(wf.pass('Total', { output: '{% $states.input.total %}' }))).toEqualTypeOf<number>();
    expectTypeOf(outputOf(wf.pass('Sum', { output: '{% $states.input.total * 2 %}' }))).toEqualTypeOf<unknown>();
    expectTypeOf(outputOf(wf.pass('Typed', { output: jsonata<number>('{% $states.input.total * 2 %}') }))).toEqualTypeOf<number>();
    expectTypeOf(outputOf(wf.pass('Nested', { output: ['{% $states.input.lines[0] %}', { first: '{% $states.input.lines %}' }] }))).toEqualTypeOf<[unknown, { first: Line[] }]>();
  });

  it('refuses a path the input does not have, naming it', () => {
    // @ts-expect-error: AslTypeError<"\"$states.input.nope\" reads nothing: No key 'nope' at '$'">
    wf.pass('Bad', { output: { x: '{% $states.input.nope %}' } });
    // @ts-expect-error: $states.result exists only in Task, Parallel and Map states
    wf.pass('Bad', { output: '{% $states.result %}' });
    type E = CheckJsonata<StatesScope<{ a: 1 }, never, unknown>, '{% $states.input.b %}'>;
    expectTypeOf<E>().toEqualTypeOf<AslTypeError<"\"$states.input.b\" reads nothing: No key 'b' at '$'">>();
  });

  it('refuses JSONPath fields in a JSONata state', () => {
    // @ts-expect-error: parameters is a JSONPath field
    wf.pass('Bad', { parameters: { 'x.$': '$.id' } });
    // @ts-expect-error: inputPath is a JSONPath field
    wf.pass('Bad', { inputPath: '$.lines' });
    // @ts-expect-error: resultPath is a JSONPath field
    wf.pass('Bad', { resultPath: '$.x' });
    // @ts-expect-error: outputPath is a JSONPath field
    wf.pass('Bad', { outputPath: '$.id' });
    // @ts-expect-error: result is a JSONPath Pass field (use output)
    wf.pass('Bad', { result: { a: 1 } });
  });

  it('refuses JSONata fields in a JSONPath state, and a JSONPath state in a JSONata workflow', () => {
    // @ts-expect-error: output is a JSONata field
    jp.pass('Bad', { output: '{% $states.input %}' });
    // @ts-expect-error: arguments is a JSONata field
    jp.task('Bad', { resource: FN, arguments: { a: 1 } });
    // @ts-expect-error: output is a JSONata field
    jp.task('Bad', { resource: FN, output: '{% $states.result %}' });
    // @ts-expect-error: a JSONata workflow has JSONata states only
    wf.pass('Bad', { queryLanguage: 'JSONPath' });
  });
});

describe('JSONata Task', () => {
  it('outputs the result by default ($states.result), typed by the result schema', () => {
    const task = wf.task('Quote', { resource: FN, result: Quote });
    expectTypeOf(outputOf(task)).toEqualTypeOf<Quote>();
    expectTypeOf<TaskResultsOf<typeof task>['Quote']>().toEqualTypeOf<Quote>();
  });

  it('shapes the output from the input and the result', () => {
    const task = wf.task('Quote', {
      resource: FN,
      arguments: { order: '{% $states.input.id %}', skus: jsonata<string[]>('{% $states.input.lines.sku %}') },
      result: Quote,
      output: { id: '{% $states.input.id %}', price: '{% $states.result.price %}' },
    });
    expectTypeOf(outputOf(task)).toEqualTypeOf<{ id: string; price: number }>();
  });

  it('refuses $states.result in arguments, unknown result fields and JSONPath fields', () => {
    // @ts-expect-error: $states.result is not available in arguments
    wf.task('Bad', { resource: FN, result: Quote, arguments: { p: '{% $states.result.price %}' } });
    // @ts-expect-error: the result has no key cost
    wf.task('Bad', { resource: FN, result: Quote, output: '{% $states.result.cost %}' });
    // @ts-expect-error: parameters is a JSONPath field
    wf.task('Bad', { resource: FN, parameters: { a: 1 } });
    // @ts-expect-error: resultSelector is a JSONPath field
    wf.task('Bad', { resource: FN, result: Quote, resultSelector: { 'p.$': '$.price' } });
    // @ts-expect-error: resultPath is a JSONPath field
    wf.task('Bad', { resource: FN, result: Quote, resultPath: '$.quote' });
  });

  it('chooses JSONata for one state of a JSONPath workflow with queryLanguage', () => {
    const mixed = jp.task('Quote', { resource: FN, queryLanguage: 'JSONata', result: Quote, output: { p: '{% $states.result.price %}' } });
    expectTypeOf(outputOf(mixed)).toEqualTypeOf<{ p: number }>();
    // @ts-expect-error: resultPath is a JSONPath field, and this state is JSONata
    jp.task('Quote', { resource: FN, queryLanguage: 'JSONata', result: Quote, resultPath: '$.q' });
    const back = mixed.pass('Next', { parameters: { 'price.$': '$.p' } });
    expectTypeOf(outputOf(back)).toEqualTypeOf<{ price: number }>();
  });

  it('takes a number or an expression for timeoutSeconds', () => {
    expectTypeOf(outputOf(wf.task('T', { resource: FN, timeoutSeconds: '{% $states.input.total %}' }))).toEqualTypeOf<unknown>();
    // @ts-expect-error: timeoutSeconds is a number or an expression
    wf.task('T', { resource: FN, timeoutSeconds: 'soon' });
  });
});

describe('JSONata assign', () => {
  it('records typed variables from the input and the result, which later expressions read', () => {
    const chain = wf
      .task('Quote', { resource: FN, result: Quote, assign: { price: '{% $states.result.price %}', orderId: '{% $states.input.id %}', tries: 1 } })
      .pass('Use', { output: { price: '{% $price %}', order: '{% $orderId %}' } });
    expectTypeOf(variablesOf(chain)).toEqualTypeOf<{ price: number; orderId: string; tries: 1 }>();
    expectTypeOf(outputOf(chain)).toEqualTypeOf<{ price: number; order: string }>();
  });

  it('reads fields of a variable, and refuses an unknown variable, naming it', () => {
    const chain = wf.pass('Keep', { assign: { first: '{% $states.input.lines[0] %}', order: '{% $states.input %}' } }).pass('Use', { output: '{% $order.total %}' });
    expectTypeOf(outputOf(chain)).toEqualTypeOf<number>();
    // @ts-expect-error: AslTypeError<'Unknown variable "$nope": no state before assigns it'>
    wf.pass('Use', { output: '{% $nope %}' });
    // @ts-expect-error: the variable order has no key nope
    wf.pass('Keep', { assign: { order: '{% $states.input %}' } }).pass('Use', { output: '{% $order.nope %}' });
    type E = CheckJsonata<StatesScope<unknown, never, unknown>, '{% $x %}'>;
    expectTypeOf<E>().toEqualTypeOf<AslTypeError<'Unknown variable "$x": no state before assigns it'>>();
  });

  it('does not check expressions that compute (calls, operators), nor JSONata functions', () => {
    const chain = wf.pass('Calc', { output: { at: '{% $now() %}', big: '{% $states.input.total > 100 %}' } });
    expectTypeOf(outputOf(chain)).toEqualTypeOf<{ at: unknown; big: unknown }>();
  });

  it('types $states.context', () => {
    const chain = wf.pass('Ctx', { output: { execution: '{% $states.context.Execution.Id %}', input: '{% $states.context.Execution.Input %}' } });
    expectTypeOf(outputOf(chain)).toEqualTypeOf<{ execution: string; input: Order }>();
    // @ts-expect-error: the context object has no key Nope
    wf.pass('Ctx', { output: '{% $states.context.Nope %}' });
  });
});

describe('JSONata Choice', () => {
  it('takes condition() rules; output shapes what the next states receive', () => {
    const chain = wf.choice('Big?', (c) => c.when(condition('{% $states.input.total > 100 %}'), (b) => b.pass('Big')).otherwise(), { output: { id: '{% $states.input.id %}' } });
    expectTypeOf(outputOf(chain)).toEqualTypeOf<{ id: string }>();
    const plain = wf.choice('Any?', (c) => c.when(condition(jsonata<boolean>('{% $count($states.input.lines) > 0 %}')), 'Done').otherwise()).succeed('Done');
    expectTypeOf(outputOf(plain)).toEqualTypeOf<never>();
  });

  it('assigns variables seen by every branch', () => {
    const chain = wf.choice('Big?', (c) => c.when(condition('{% $states.input.total > 100 %}'), (b) => b.pass('Big', { output: '{% $limit %}' })).otherwise(), { assign: { limit: 100 } });
    expectTypeOf(variablesOf(chain)).toEqualTypeOf<{ limit: 100 }>();
    expectTypeOf(outputOf(chain)).toEqualTypeOf<Order | 100>();
    // @ts-expect-error: a condition is a JSONata expression
    condition('$.total > 100');
  });
});

describe('JSONata Map', () => {
  it('iterates over the input by default, or over items; the output is the array of processor outputs', () => {
    const lines = workflow('L', { input: z.array(z.object({ sku: z.string() })), queryLanguage: 'JSONata' });
    expectTypeOf(outputOf(lines.map('Each', { processor: (item) => item.pass('Touch') }))).toEqualTypeOf<{ sku: string }[]>();
    const each = wf.map('Each', { items: '{% $states.input.lines %}', processor: (line) => line.pass('Sku', { output: '{% $states.input.sku %}' }) });
    expectTypeOf(outputOf(each)).toEqualTypeOf<string[]>();
    const computed = wf.map('Each', { items: jsonata<number[]>('{% [1, 2, 3] %}'), processor: (n) => n.pass('N') });
    expectTypeOf(outputOf(computed)).toEqualTypeOf<number[]>();
    const literal = wf.map('Each', { items: [1, 2, 3], processor: (n) => n.pass('N') });
    expectTypeOf(outputOf(literal)).toEqualTypeOf<(1 | 2 | 3)[]>();
  });

  it('builds each iteration input with itemSelector, $states.context.Map.Item typed', () => {
    const each = wf
      .pass('Keep', { assign: { orderId: '{% $states.input.id %}' } })
      .map('Each', {
        items: '{% $states.input.lines %}',
        itemSelector: { sku: '{% $states.context.Map.Item.Value.sku %}', index: '{% $states.context.Map.Item.Index %}', order: '{% $orderId %}' },
        processor: (line) => line.pass('Keep Line'),
        output: { lines: '{% $states.result %}', id: '{% $states.input.id %}' },
      });
    expectTypeOf(outputOf(each)).toEqualTypeOf<{ lines: { sku: string; index: number; order: string }[]; id: string }>();
    // @ts-expect-error: an item has no key price
    wf.map('Each', { items: '{% $states.input.lines %}', itemSelector: { p: '{% $states.context.Map.Item.Value.price %}' }, processor: (line) => line.pass('P') });
    // @ts-expect-error: itemsPath is a JSONPath field
    wf.map('Each', { itemsPath: '$.lines', processor: (line) => line.pass('P') });
  });
});

describe('JSONata Parallel, Wait, Succeed, Fail', () => {
  it('gives each branch the arguments; the output is the tuple of branch outputs', () => {
    const both = wf.parallel('Both', (b) => [b.pass('Left', { output: '{% $states.input.id %}' }), b.pass('Right')], { arguments: { id: '{% $states.input.id %}' } });
    expectTypeOf(outputOf(both)).toEqualTypeOf<[string, { id: string }]>();
    const shaped = wf.parallel('Both', (b) => [b.pass('L'), b.pass('R')], { output: '{% $states.result[0] %}' });
    expectTypeOf(outputOf(shaped)).toEqualTypeOf<unknown>();
    // @ts-expect-error: parameters is a JSONPath field
    wf.parallel('Both', (b) => [b.pass('L')], { parameters: { a: 1 } });
  });

  it('types a branch that ends in a Succeed state (its output: its input)', () => {
    const both = wf.parallel('Both', (b) => [b.succeed('Left'), b.pass('Right', { output: '{% $states.input.id %}' })]);
    expectTypeOf(outputOf(both)).toEqualTypeOf<[Order, string]>();
  });

  it("types a branch whose Succeed state shapes its output (a value or an expression), as the branch's first state", () => {
    const value = wf.parallel('Both', (b) => [b.succeed('Left', { output: { ok: true } })]);
    expectTypeOf(outputOf(value)).toEqualTypeOf<[{ ok: true }]>();
    const expression = wf.parallel('Both', (b) => [b.succeed('Left', { output: '{% $states.input.total %}' }), b.pass('Right')]);
    expectTypeOf(outputOf(expression)).toEqualTypeOf<[number, Order]>();
    // @ts-expect-error: the branch input has no field nope
    wf.parallel('Both', (b) => [b.succeed('Left', { output: '{% $states.input.nope %}' })]);
  });

  it('waits for seconds or a timestamp, values or expressions', () => {
    expectTypeOf(outputOf(wf.wait('Pause', { seconds: '{% $states.input.total %}' }))).toEqualTypeOf<Order>();
    expectTypeOf(outputOf(wf.wait('Pause', { timestamp: '2030-01-01T00:00:00Z', output: '{% $states.input.id %}' }))).toEqualTypeOf<string>();
    // @ts-expect-error: secondsPath is a JSONPath field
    wf.wait('Pause', { secondsPath: '$.total' });
  });

  it('ends with the output of a Succeed state, and fails with expressions', () => {
    const done = wf.succeed('Done', { output: '{% $states.input.id %}' });
    expectTypeOf(outputOf(done)).toEqualTypeOf<never>();
    wf.fail('Failed', { error: 'Bad', cause: '{% $states.input.id %}' });
    // @ts-expect-error: outputPath is a JSONPath field
    wf.succeed('Done', { outputPath: '$.id' });
    // @ts-expect-error: causePath is a JSONPath field
    wf.fail('Failed', { causePath: '$.id' });
  });
});

describe('JSONata fragments', () => {
  it('join a JSONata workflow; a JSONPath fragment does not', () => {
    const tail = fragment<Order, 'JSONata'>().pass('Count', { output: jsonata<number>('{% $count($states.input.lines) %}') });
    expectTypeOf(outputOf(wf.next(tail))).toEqualTypeOf<number>();
    const schemaTail = fragment(Order, { queryLanguage: 'JSONata' }).pass('Id', { output: '{% $states.input.id %}' });
    expectTypeOf(outputOf(wf.next(schemaTail))).toEqualTypeOf<string>();
    // @ts-expect-error: AslTypeError<"The fragment's states are JSONPath, the workflow's JSONata: make the fragment with { queryLanguage: 'JSONata' }">
    wf.next(fragment<Order>().pass('Keep', { parameters: { 'id.$': '$.id' } }));
    // @ts-expect-error: a JSONata fragment does not join a JSONPath workflow (its states carry no QueryLanguage)
    jp.next(tail);
  });
});

describe('the loyalty-discount example', () => {
  it('types its output from the variables and the result, and its variables', () => {
    type Tier = 'GOLD' | 'SILVER' | 'BASIC';
    type Rate = 0 | 0.15 | 0.05;
    expectTypeOf<WorkflowOutputOf<typeof loyaltyDiscount>>().toEqualTypeOf<
      | { customerId: string; tier: Tier; subtotal: number; rate: Rate; total: number; pointsAwarded: number }
      | { customerId: string; tier: Tier; subtotal: number; rate: Rate; total: number; pointsAwarded: 0 }
    >();
    expectTypeOf(variablesOf(loyaltyDiscount)).toEqualTypeOf<{ customerId: string; tier: 'GOLD' | 'SILVER' | 'BASIC'; points: number; rate: 0 | 0.15 | 0.05; subtotal: number; total: number }>();
  });
});

describe('JsonataOutput', () => {
  it('types literals, expressions and branded expressions', () => {
    type S = StatesScope<{ a: { b: string } }, number, unknown>;
    expectTypeOf<JsonataOutput<S, { x: '{% $states.input.a.b %}'; y: '{% $states.result %}'; z: 'text'; w: readonly [1, true] }>>().toEqualTypeOf<{ x: string; y: number; z: 'text'; w: [1, true] }>();
    expectTypeOf<JsonataOutput<S, Jsonata<Date>>>().toEqualTypeOf<Date>();
  });
});
