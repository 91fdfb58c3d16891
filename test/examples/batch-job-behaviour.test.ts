import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { execute } from 'statewright/runtime';
import { coverage, formatCoverage, mockFailure, mockSequence, renderExecution, taskMocks } from 'statewright/testing';

const batchJob = readFileSync(new URL('../../examples/batch-job/batch-job.asl.json', import.meta.url), 'utf8');
const input = { jobName: 'nightly', wait_time: 30 };

describe('the batch job', () => {
  it('succeeds after two status polls, 30 s apart', async () => {
    const mocks = taskMocks({
      'Submit Job': 'guid-1',
      'Get Job Status': mockSequence(['RUNNING', 'SUCCEEDED']),
      'Get Final Job Status': 'SUCCEEDED',
    });
    const result = await execute(batchJob, { input, tasks: mocks.tasks });

    expect(result).toSucceedWith('SUCCEEDED');
    expect(result).toHaveVisited([
      'Submit Job', 'Wait X Seconds', 'Get Job Status', 'Job Complete?',
      'Wait X Seconds', 'Get Job Status', 'Job Complete?', 'Get Final Job Status',
    ]);
    expect(result).toHaveCalledTask('Get Job Status', 'guid-1');
    expect(result.elapsed).toBe(60_000);
  });

  it('takes the failure branch when the job fails', async () => {
    const mocks = taskMocks({ 'Submit Job': 'guid-2', 'Get Job Status': 'FAILED' });
    const result = await execute(batchJob, { input, tasks: mocks.tasks });

    expect(result).toFailWith('DescribeJob returned FAILED', 'AWS Batch Job Failed');
    expect(result).toHaveVisitedState('Job Failed', 1);
    expect(mocks.unused()).toEqual([]);
  });

  it('retries Submit Job three times, then fails with its error', async () => {
    const mocks = taskMocks({ 'Submit Job': mockFailure('Batch.ServerException', 'service unavailable') });
    const result = await execute(batchJob, { input, tasks: mocks.tasks });

    expect(result).toFailWith('Batch.ServerException', 'service unavailable');
    expect(mocks.calls('Submit Job')).toHaveLength(4); // the first attempt and three retries
    expect(result.elapsed).toBe((1 + 2 + 4) * 1000); // IntervalSeconds 1, BackoffRate 2
    expect(renderExecution(result)).toBe('FAILED Batch.ServerException: service unavailable\nSubmit Job (Task) {"jobName":"nightly","wait_time":30} ✗ Batch.ServerException: service unavailable');
  });

  it('has every state and Choice branch exercised by the success and failure runs', async () => {
    const runs = [
      await execute(batchJob, { input, tasks: taskMocks({ 'Submit Job': 'g', 'Get Job Status': mockSequence(['RUNNING', 'SUCCEEDED']), 'Get Final Job Status': 'SUCCEEDED' }).tasks }),
      await execute(batchJob, { input, tasks: taskMocks({ 'Submit Job': 'g', 'Get Job Status': 'FAILED' }).tasks }),
    ];
    // 6 states, 2 Choice rules and the Default
    expect(formatCoverage(coverage(batchJob, runs))).toBe('9 of 9 covered (100 %). Nothing left unexercised.');
    expect(coverage(batchJob, runs.slice(0, 1)).missed.map((item) => `${item.kind} ${item.state}`)).toEqual(['choice-rule Job Complete?', 'state Job Failed']); // in definition order
  });
});
