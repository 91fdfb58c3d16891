import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow, type TaskResultsOf, type WorkflowOutputOf } from 'statewright';
import { mockFailure, testState, testWorkflow, type WorkflowRun } from 'statewright/testing';
import { batchJob } from '../../examples/batch-job/workflow.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const order = workflow('Order', { input: z.object({ id: z.string(), qty: z.number() }) })
  .task('Price', { resource: FN, result: z.object({ total: z.number() }), resultPath: '$.price' })
  .choice('Big?', (c) => c
    .when(c.numericGreaterThan('$.price.total', 100), (b) => b.task('Approve', { resource: FN, result: z.boolean(), resultPath: '$.approved', outputPath: '$.id' }).succeed('Approved'))
    .otherwise())
  .pass('Small', { result: 'small', resultPath: '$.size' });

describe('the record of results and exits', () => {
  it('keeps each Task state\'s result type by name', () => {
    expectTypeOf<TaskResultsOf<typeof order>['Price']>().toEqualTypeOf<{ total: number }>();
    expectTypeOf<TaskResultsOf<typeof order>['Approve']>().toEqualTypeOf<boolean>();
    expectTypeOf<keyof TaskResultsOf<typeof order>>().toEqualTypeOf<'Price' | 'Approve'>();
  });

  it('gives the output: what leaves at Succeed states and at the open end', () => {
    interface Small { id: string; qty: number; price: { total: number }; size: 'small' }
    expectTypeOf<WorkflowOutputOf<typeof order>>().toEqualTypeOf<string | Small>();
    expectTypeOf<WorkflowOutputOf<typeof batchJob>>().toEqualTypeOf<'SUBMITTED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED'>();
  });
});

describe('testWorkflow', () => {
  const orderTest = testWorkflow(order);

  it('types mocks by state: the name autocompletes, the value is the result type', () => {
    orderTest.mock('Price', { total: 1 }).mock('Approve', true).mock('Price', (input) => {
      expectTypeOf(input).toEqualTypeOf<unknown>();
      return { total: 2 };
    });
    orderTest.mockSequence('Price', [{ total: 1 }, mockFailure('Busy', 'later')]).mockError('Approve', 'No');
    // @ts-expect-error: 'Small' is a Pass state, not a Task state
    orderTest.mock('Small', 1);
    // @ts-expect-error: no state named 'Nope'
    orderTest.mockError('Nope', 'E');
    // @ts-expect-error: total must be a number
    orderTest.mock('Price', { total: '1' });
    // @ts-expect-error: Approve returns a boolean
    orderTest.mockSequence('Approve', [true, 'yes']);
    // @ts-expect-error: the handler must return { total: number }
    orderTest.mock('Price', () => ({ sum: 1 }));
  });

  it('types run(): the input is the workflow\'s, the output exact', () => {
    expectTypeOf<Parameters<typeof orderTest.run>[0]>().toEqualTypeOf<{ id: string; qty: number }>();
    expectTypeOf(orderTest.run({ id: 'a', qty: 1 })).resolves.toExtend<WorkflowRun<unknown>>();
    expectTypeOf(orderTest.run({ id: 'a', qty: 1 })).resolves.toHaveProperty('output').toEqualTypeOf<string | { id: string; qty: number; price: { total: number }; size: 'small' } | undefined>();
    // @ts-expect-error: qty must be a number
    void orderTest.run({ id: 'a', qty: '1' });
    // @ts-expect-error: id is missing
    void orderTest.run({ qty: 1 });
  });

  it('leaves plain ASL untyped', () => {
    const plain = testWorkflow({ StartAt: 'T', States: { T: { Type: 'Task', Resource: FN, End: true } } });
    plain.mock('anything', { any: 'value' }).mockSequence('T', [1, 'two']);
    expectTypeOf<Parameters<typeof plain.run>[0]>().toEqualTypeOf<unknown>();
    expectTypeOf(plain.run({})).resolves.toHaveProperty('output').toEqualTypeOf<unknown>();
  });
});

describe('testState(workflow, state, options)', () => {
  it('types the state name, its input and its mocked result', () => {
    void testState(order, 'Price', { input: { id: 'a', qty: 1 }, mock: { result: { total: 3 } } });
    void testState(order, 'Price', { mock: { errorOutput: { error: 'E', cause: 'c' } } });
    void testState(order, 'Small', { input: { id: 'a', qty: 1, price: { total: 3 } } });
    expectTypeOf(testState(order, 'Big?')).resolves.toHaveProperty('status').toEqualTypeOf<'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR'>();
    // @ts-expect-error: no state named 'Nope'
    void testState(order, 'Nope');
    // @ts-expect-error: Price's input has qty as a number
    void testState(order, 'Price', { input: { id: 'a', qty: '1' } });
    // @ts-expect-error: Price returns { total: number }
    void testState(order, 'Price', { mock: { result: { total: 'x' } } });
  });
});
