import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { coverage, formatCoverage, renderExecution, testWorkflow } from 'statewright/testing';
import { batchJob } from '../../examples/batch-job/workflow.js';

const input = { jobName: 'nightly', wait_time: 30 };
const submitted = testWorkflow(batchJob).mock('Submit Job', 'guid-1');

describe('the batch job', () => {
  it('succeeds after two status polls, 30 s apart', async () => {
    const result = await submitted
      .mockSequence('Get Job Status', ['RUNNING', 'SUCCEEDED'])
      .mock('Get Final Job Status', 'SUCCEEDED')
      .run(input);

    expect(result).toSucceedWith('SUCCEEDED');
    expect(result).toHaveVisited([
      'Submit Job', 'Wait X Seconds', 'Get Job Status', 'Job Complete?',
      'Wait X Seconds', 'Get Job Status', 'Job Complete?', 'Get Final Job Status',
    ]);
    expect(result).toHaveCalledTask('Get Job Status', 'guid-1');
    expect(result.elapsed).toBe(60_000);
  });

  it('takes the failure branch when the job fails', async () => {
    const result = await submitted.mock('Get Job Status', 'FAILED').run(input);

    expect(result).toFailWith('DescribeJob returned FAILED', 'AWS Batch Job Failed');
    expect(result).toHaveVisitedState('Job Failed', 1);
  });

  it('retries Submit Job three times, then fails with its error', async () => {
    const result = await testWorkflow(batchJob).mockError('Submit Job', 'Batch.ServerException', 'service unavailable').run(input);

    expect(result).toFailWith('Batch.ServerException', 'service unavailable');
    expect(result).toHaveCalledTaskTimes('Submit Job', 4); // the first attempt and three retries
    expect(result.elapsed).toBe((1 + 2 + 4) * 1000); // IntervalSeconds 1, BackoffRate 2
    expect(renderExecution(result)).toBe('FAILED Batch.ServerException: service unavailable\nSubmit Job (Task) {"jobName":"nightly","wait_time":30} ✗ Batch.ServerException: service unavailable');
  });

  it('has every state and Choice branch exercised by the success and failure runs', async () => {
    const runs = [
      await submitted.mockSequence('Get Job Status', ['RUNNING', 'SUCCEEDED']).mock('Get Final Job Status', 'SUCCEEDED').run(input),
      await submitted.mock('Get Job Status', 'FAILED').run(input),
    ];
    // 6 states, 2 Choice rules and the Default
    expect(formatCoverage(coverage(batchJob.toAsl(), runs))).toBe('9 of 9 covered (100 %). Nothing left unexercised.');
    expect(coverage(batchJob.toAsl(), runs.slice(0, 1)).missed.map((item) => `${item.kind} ${item.state}`)).toEqual(['choice-rule Job Complete?', 'state Job Failed']); // in definition order
  });
});
