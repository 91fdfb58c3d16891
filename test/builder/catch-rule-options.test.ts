import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { condition, workflow } from 'statewright';
import { execute } from 'statewright/runtime';
import { validated } from './validated.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Charge';
const Order = z.object({ id: z.string() });
const failing = { Charge: () => { throw new Error('card declined'); } };

describe('Choice rule assign and output', () => {
  const Bid = z.object({ amount: z.number() });

  it('JSONPath: the Assign of the matching rule (reading the effective input) replaces that of the state', async () => {
    const wf = workflow('Bid', { input: Bid })
      .choice('Big?', (c) => c
        .when(c.numericGreaterThan('$.amount', 100), (b) => b.pass('Big', { parameters: { 'size.$': '$size', 'seen.$': '$seen' } }).end(), { comment: 'big', assign: { size: 'big', 'seen.$': '$.amount' } })
        .otherwise(), { assign: { size: 'small' } })
      .pass('Small', { parameters: { 'size.$': '$size' } });
    const asl = validated(wf.toAsl());
    const rule = (asl.States['Big?'] as { Choices: object[] }).Choices[0] ?? {};
    expect(rule).toEqual({ Variable: '$.amount', NumericGreaterThan: 100, Comment: 'big', Assign: { size: 'big', 'seen.$': '$.amount' }, Next: 'Big' });
    const written = (JSON.parse(wf.toJson()) as { States: Record<string, { Choices: object[] }> }).States['Big?']?.Choices[0];
    expect(written).toEqual(rule);
    expect(Object.keys(written ?? {})).toEqual(['Variable', 'NumericGreaterThan', 'Comment', 'Assign', 'Next']);
    expect((await execute(asl, { input: { amount: 500 } })).output).toEqual({ size: 'big', seen: 500 });
    expect((await execute(asl, { input: { amount: 5 } })).output).toEqual({ size: 'small' });
  });

  it('JSONata: the Output of the matching rule is what its target receives, its Assign replaces that of the state', async () => {
    const wf = workflow('Bid', { input: Bid, queryLanguage: 'JSONata' })
      .choice('Big?', (c) => c
        .when(condition('{% $states.input.amount > 100 %}'), 'Review', { output: { review: '{% $states.input.amount %}' }, assign: { flagged: true } })
        .otherwise(), { assign: { flagged: false } })
      .pass('Accept', { output: { flagged: '{% $flagged %}' } })
      .end()
      .pass('Review', { output: { review: '{% $states.input.review %}', flagged: '{% $flagged %}' } });
    const asl = validated(wf.toAsl());
    expect((asl.States['Big?'] as { Choices: object[] }).Choices).toEqual([
      { Condition: '{% $states.input.amount > 100 %}', Output: { review: '{% $states.input.amount %}' }, Assign: { flagged: true }, Next: 'Review' },
    ]);
    expect((await execute(asl, { input: { amount: 500 } })).output).toEqual({ review: 500, flagged: true });
    expect((await execute(asl, { input: { amount: 5 } })).output).toEqual({ flagged: false });
  });
});

describe('catcher assign and output', () => {
  it('JSONPath: Assign reads the error output; a later state reads the variables', async () => {
    const wf = workflow('Pay', { input: Order })
      .pass('Init', { assign: { 'orderId.$': '$.id' } })
      .task('Charge', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'Report', resultPath: '$.error', assign: { 'cause.$': '$.Cause', 'order.$': '$orderId' } }] })
      .succeed('Paid')
      .goto('Report')
      .pass('Report', { parameters: { 'why.$': '$cause', 'order.$': '$order' } });
    const asl = validated(wf.toAsl());
    expect(asl.States.Charge).toMatchObject({ Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Assign: { 'cause.$': '$.Cause', 'order.$': '$orderId' }, Next: 'Report' }] });
    expect(Object.keys((asl.States.Charge as { Catch: object[] }).Catch[0] ?? {})).toEqual(['ErrorEquals', 'ResultPath', 'Assign', 'Next']);
    const run = await execute(asl, { input: { id: 'o-1' }, tasks: failing });
    expect(run.output).toEqual({ why: 'card declined', order: 'o-1' });
  });

  it('JSONata: Output is what the handler receives, Assign sets variables from $states.errorOutput', async () => {
    const wf = workflow('Pay', { input: Order, queryLanguage: 'JSONata' })
      .task('Charge', {
        resource: FN,
        catch: [{ errorEquals: ['States.TaskFailed'], output: { order: '{% $states.input.id %}' }, assign: { error: '{% $states.errorOutput.Cause %}' }, next: 'Report' }],
      })
      .succeed('Paid')
      .goto('Report')
      .pass('Report', { output: { order: '{% $states.input.order %}', error: '{% $error %}' } });
    const asl = validated(wf.toAsl());
    expect((asl.States.Charge as { Catch: object[] }).Catch).toEqual([{ ErrorEquals: ['States.TaskFailed'], Output: { order: '{% $states.input.id %}' }, Assign: { error: '{% $states.errorOutput.Cause %}' }, Next: 'Report' }]);
    const run = await execute(asl, { input: { id: 'o-2' }, tasks: failing });
    expect(run.output).toEqual({ order: 'o-2', error: 'card declined' });
  });
});
