import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { InvalidMockError, mockFailure, testWorkflow } from 'statewright/testing';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Work';

const order = workflow('Order', { input: z.object({ id: z.string(), qty: z.number() }) })
  .task('Price', { resource: FN, result: z.object({ total: z.number() }), resultPath: '$.price', retry: [{ errorEquals: ['Busy'], intervalSeconds: 2, maxAttempts: 2 }] })
  .choice('Big?', (c) => c
    .when(c.numericGreaterThan('$.price.total', 100), (b) => b.task('Approve', { resource: FN, result: z.boolean(), resultPath: '$.approved' }).succeed('Approved'))
    .otherwise())
  .pass('Small', { result: 'small', resultPath: '$.size' });

describe('testWorkflow', () => {
  it('runs a builder workflow with mocked tasks and gives its output', async () => {
    const result = await testWorkflow(order).mock('Price', { total: 20 }).run({ id: 'o-1', qty: 2 });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ id: 'o-1', qty: 2, price: { total: 20 }, size: 'small' });
  });

  it('answers from a handler, which sees the effective input', async () => {
    const seen: unknown[] = [];
    const result = await testWorkflow(order)
      .mock('Price', (input) => {
        seen.push(input);
        return { total: 500 };
      })
      .mock('Approve', true)
      .run({ id: 'o-2', qty: 50 });
    expect(seen).toEqual([{ id: 'o-2', qty: 50 }]);
    expect(result.output).toEqual({ id: 'o-2', qty: 50, price: { total: 500 }, approved: true });
  });

  it('answers one response per call with mockSequence, failures included', async () => {
    const result = await testWorkflow(order).mockSequence('Price', [mockFailure('Busy', 'later'), { total: 7 }]).run({ id: 'o-3', qty: 1 });
    expect(result.output).toEqual({ id: 'o-3', qty: 1, price: { total: 7 }, size: 'small' });
    expect(result.elapsed).toBe(2000);
  });

  it('fails a task with mockError', async () => {
    const result = await testWorkflow(order).mockError('Price', 'Pricing.Down', 'no prices today').run({ id: 'o-4', qty: 1 });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Pricing.Down', cause: 'no prices today' });
  });

  it('keeps each test separate: mocking returns a new test, a second mock of a state replaces the first', async () => {
    const base = testWorkflow(order).mock('Price', { total: 1 });
    const replaced = base.mock('Price', { total: 2 });
    expect((await base.run({ id: 'a', qty: 1 })).output).toMatchObject({ price: { total: 1 } });
    expect((await replaced.run({ id: 'a', qty: 1 })).output).toMatchObject({ price: { total: 2 } });
  });

  it('refuses a mock that does not match the state\'s result schema, naming the state and the field', () => {
    // Casts stand in for a caller without types (JavaScript, or data read from a file).
    expect(() => testWorkflow(order).mock('Price', { total: 'ten' } as unknown as { total: number })).toThrow(
      new InvalidMockError("The mock of state 'Price' does not match its result schema: total: Invalid input: expected number, received string"),
    );
    expect(() => testWorkflow(order).mockSequence('Approve', [true, 'yes' as unknown as boolean])).toThrow(/'Approve' \(response 2\) does not match its result schema/);
  });

  it('fails the run when a handler returns a value that does not match the schema', async () => {
    const test = testWorkflow(order).mock('Price', () => ({ total: null }) as unknown as { total: number });
    await expect(test.run({ id: 'x', qty: 1 })).rejects.toThrow(/The mock of state 'Price' \(returned by its handler\) does not match its result schema: total: /);
  });

  it('refuses a name that is not a Task state, listing the Task states', () => {
    expect(() => testWorkflow(order).mock('Small' as 'Price', { total: 1 })).toThrow("No Task state named 'Small' to mock (its Task states: 'Price', 'Approve')");
  });

  it('tests plain ASL (as an object or JSON text), untyped', async () => {
    const definition = { StartAt: 'T', States: { T: { Type: 'Task', Resource: FN, End: true } } };
    expect((await testWorkflow(definition).mock('T', [1, 2]).run({})).output).toEqual([1, 2]);
    expect((await testWorkflow(JSON.stringify(definition)).mockError('T', 'E').run({})).error).toBe('E');
    expect(() => testWorkflow(definition).mock('U', 1)).toThrow("No Task state named 'U' to mock (its Task states: 'T')");
  });

  it('passes run options on to execute, MockConfigFile mocks included', async () => {
    const definition = { StartAt: 'T', States: { T: { Type: 'Task', Resource: FN, End: true } } };
    const mockConfig = {
      StateMachines: { M: { TestCases: { Happy: { T: 'R' } } } },
      MockedResponses: { R: { '0': { Return: { from: 'file' } } } },
    };
    const result = await testWorkflow(definition).run({}, { mockConfig, stateMachineName: 'M', testCase: 'Happy', startTime: new Date('2030-01-01T00:00:00Z') });
    expect(result.output).toEqual({ from: 'file' });
    expect(result.startDate.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });
});
