import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { InvalidMockError, testState } from 'statewright/testing';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Check';
const jobs = workflow('Jobs', { input: z.object({ id: z.string() }) })
  .task('Check', { resource: FN, result: z.enum(['OK', 'BAD']), resultPath: '$.status', retry: [{ errorEquals: ['Busy'], maxAttempts: 2 }] })
  .choice('Ok?', (c) => c.when(c.stringEquals('$.status', 'OK'), (b) => b.succeed('Done')).otherwise())
  .fail('Broken', { error: 'Bad' });

describe('testState(workflow, state, options)', () => {
  it('runs one state of a workflow with a typed mock and reports AWS\'s response', async () => {
    const response = await testState(jobs, 'Check', { input: { id: 'j-1' }, mock: { result: 'OK' } });
    expect(response).toEqual({ status: 'SUCCEEDED', output: { id: 'j-1', status: 'OK' }, nextState: 'Ok?' });
  });

  it('tests states that need no mock, and errors the retriers would retry', async () => {
    expect(await testState(jobs, 'Ok?', { input: { id: 'j', status: 'BAD' } })).toEqual({ status: 'SUCCEEDED', output: { id: 'j', status: 'BAD' }, nextState: 'Broken' });
    const retried = await testState(jobs, 'Check', { input: { id: 'j' }, mock: { errorOutput: { error: 'Busy', cause: 'later' } } });
    expect(retried).toMatchObject({ status: 'RETRIABLE', error: 'Busy', cause: 'later' });
  });

  it('refuses a mocked result that the state\'s schema refuses, naming the state', async () => {
    // The cast stands in for an untyped caller.
    await expect(testState(jobs, 'Check', { input: { id: 'j' }, mock: { result: 'MAYBE' as 'OK' } })).rejects.toThrow(
      new InvalidMockError("The mock of state 'Check' does not match its result schema: Invalid option: expected one of \"OK\"|\"BAD\""),
    );
  });

  it('refuses a value that is not a statewright workflow', async () => {
    const asl = jobs.toAsl();
    // @ts-expect-error: plain ASL goes to testState from statewright/runtime
    await expect(testState(asl, 'Check', {})).rejects.toThrow(/takes a workflow built with workflow\(\)/);
  });
});
