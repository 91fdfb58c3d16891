import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { execute } from 'statewright/runtime';
import { testWorkflow } from 'statewright/testing';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const order = workflow('Order', { input: z.object({ id: z.string(), qty: z.number() }) })
  .parallel('Quote', (b) => [
    b.task('Price', { resource: FN, result: z.number(), retry: [{ errorEquals: ['Busy'], maxAttempts: 1 }] }),
    b.pass('Stock', { parameters: { 'wanted.$': '$.qty' } }).succeed('In Stock'),
  ], { resultPath: '$.quote', catch: [{ errorEquals: ['States.ALL'], next: 'No Quote', resultPath: '$.error' }] })
  .succeed('Quoted')
  .goto('No Quote')
  .fail('No Quote', { error: 'QuoteFailed' });

describe('parallel and catch in the builder', () => {
  it('compiles branches, retriers and catchers to ASL in the documented key order', () => {
    expect(order.toAsl()).toEqual({
      StartAt: 'Quote',
      States: {
        Quote: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Price', States: { Price: { Type: 'Task', Resource: FN, Retry: [{ ErrorEquals: ['Busy'], MaxAttempts: 1 }], End: true } } },
            { StartAt: 'Stock', States: { Stock: { Type: 'Pass', Parameters: { 'wanted.$': '$.qty' }, Next: 'In Stock' }, 'In Stock': { Type: 'Succeed' } } },
          ],
          ResultPath: '$.quote',
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'No Quote' }],
          Next: 'Quoted',
        },
        Quoted: { Type: 'Succeed' },
        'No Quote': { Type: 'Fail', Error: 'QuoteFailed' },
      },
    });
    expect(Object.keys(order.toAsl().States.Quote ?? {})).toEqual(['Type', 'Branches', 'ResultPath', 'Catch', 'Next']);
  });

  it('runs: the branch outputs form the result tuple', async () => {
    const result = await testWorkflow(order).mock('Price', 12).run({ id: 'o', qty: 3 });
    expect(result.output).toEqual({ id: 'o', qty: 3, quote: [12, { wanted: 3 }] });
  });

  it('runs the catcher when a branch fails, with the error output at its resultPath', async () => {
    const result = await execute(order.toAsl(), { input: { id: 'o', qty: 3 }, tasks: { Price: () => { throw Object.assign(new Error('down'), { name: 'X' }); } } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'QuoteFailed' });
    const caught = result.events.find((e) => e.type === 'FailStateEntered');
    expect(caught?.stateEnteredEventDetails?.input).toEqual({ id: 'o', qty: 3, error: { Error: 'States.TaskFailed', Cause: 'down' } });
  });

  it('checks mocks of tasks inside branches against their schemas', () => {
    expect(() => testWorkflow(order).mock('Price', 'twelve' as unknown as number)).toThrow(/'Price' does not match its result schema/);
  });
});
