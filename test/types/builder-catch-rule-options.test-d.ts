import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { inputOf, outputOf } from './flow-of.js';
import { variablesOf } from './variables-of.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';
const Order = z.object({ id: z.string(), total: z.number() });
const jp = workflow('Jp', { input: Order }).pass('Init', { assign: { 'orderId.$': '$.id' } });
const ja = workflow('Ja', { input: Order, queryLanguage: 'JSONata' }).pass('Init', { assign: { orderId: '{% $states.input.id %}' } });

describe('catcher assign and output', () => {
  it('JSONPath: assign reads the error output; its variables join those of the state', () => {
    const wf = jp
      .task('Charge', { resource: FN, result: z.number(), resultPath: '$.paid', assign: { 'paid.$': '$' }, catch: [{ errorEquals: ['States.ALL'], next: 'Failed', resultPath: '$.error', assign: { 'cause.$': '$.Cause', 'order.$': '$orderId', tries: 1 } }] })
      .succeed('Done')
      .goto('Failed')
      .pass('Failed');
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ orderId: string; paid: number; cause: string; order: string; tries: 1 }>();
  });

  it('JSONPath: refuses an assign reading what the error output lacks, unknown variables and the JSONata output', () => {
    // @ts-expect-error: the error output has Error and Cause, no Message
    jp.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', assign: { 'm.$': '$.Message' } }] }).succeed('Done');
    // @ts-expect-error: no state before assigns $nope
    jp.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', assign: { 'm.$': '$nope' } }] }).succeed('Done');
    // @ts-expect-error: output is a JSONata field; a JSONPath catcher uses resultPath
    jp.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', output: { a: 1 } }] }).succeed('Done');
  });

  it('JSONata: output is what the target receives (default: the error output); assign sees $states.input and $states.errorOutput', () => {
    const wf = ja
      .task('Charge', {
        resource: FN,
        result: z.number(),
        assign: { paid: '{% $states.result %}' },
        catch: [{ errorEquals: ['States.ALL'], next: 'Failed', output: { order: '{% $states.input.id %}', error: '{% $states.errorOutput %}' }, assign: { failedFor: '{% $orderId %}', cause: '{% $states.errorOutput.Cause %}' } }],
      })
      .succeed('Done')
      .goto('Failed')
      .pass('Failed');
    expectTypeOf(inputOf(wf)).toEqualTypeOf<{ id: string; total: number }>();
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ order: string; error: { readonly Error: string; readonly Cause: string } }>();
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ orderId: string; paid: number; failedFor: string; cause: string }>();
    const plain = ja.task('Charge', { resource: FN, result: z.number(), catch: [{ errorEquals: ['States.ALL'], next: 'Failed' }] }).succeed('Done').goto('Failed').pass('Failed');
    expectTypeOf(outputOf(plain)).toEqualTypeOf<{ readonly Error: string; readonly Cause: string }>();
  });

  it('JSONata: refuses $states.result, unknown variables and paths, and the JSONPath resultPath in a catcher', () => {
    // @ts-expect-error: a catcher has no $states.result
    ja.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', output: '{% $states.result %}' }] }).succeed('Done');
    // @ts-expect-error: no state before assigns $nope
    ja.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', assign: { x: '{% $nope %}' } }] }).succeed('Done');
    // @ts-expect-error: the input has no key missing
    ja.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', output: '{% $states.input.missing %}' }] }).succeed('Done');
    // @ts-expect-error: resultPath is a JSONPath field
    ja.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', resultPath: '$.error' }] }).succeed('Done');
  });

  it('reads $states.errorOutput only in a catcher', () => {
    // @ts-expect-error: a Task's own output has no $states.errorOutput
    ja.task('Charge', { resource: FN, output: '{% $states.errorOutput.Cause %}' });
    // @ts-expect-error: a Pass state has no $states.errorOutput
    ja.pass('P', { assign: { e: '{% $states.errorOutput %}' } });
    // @ts-expect-error: the error output has Error and Cause, no Message
    ja.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Done', output: '{% $states.errorOutput.Message %}' }] }).succeed('Done');
  });

  it('checks catcher output against the target it reaches', () => {
    const target = ja.pass('Handle', { output: { code: '{% $states.input.id %}' } });
    // @ts-expect-error: Handle reads $states.input.id, which the catcher's output lacks
    target.task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Handle', output: { other: 1 } }] });
  });
});
