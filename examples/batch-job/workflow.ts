// The seed's batch-job workflow, written with the builder: `batchJob.toAsl()` is exactly
// batch-job.asl.json (test/examples/batch-job.test.ts checks it).
import { z } from 'zod';
import { workflow } from 'statewright';

const SUBMIT_JOB = 'arn:aws:lambda:us-east-1:123456789012:function:SubmitJob';
const CHECK_JOB = 'arn:aws:lambda:us-east-1:123456789012:function:CheckJob';

/** The execution input. */
export const JobInput = z.object({ jobName: z.string(), wait_time: z.number() });

/** What CheckJob returns. */
export const JobStatus = z.enum(['SUBMITTED', 'RUNNING', 'SUCCEEDED', 'FAILED']);

const retry = [{ errorEquals: ['States.ALL'], intervalSeconds: 1, maxAttempts: 3, backoffRate: 2 }] as const;

/** Submit a job, wait, poll its status until it succeeds or fails. */
export const batchJob = workflow('BatchJob', { input: JobInput, comment: 'An example of the Amazon States Language.' })
  .task('Submit Job', { resource: SUBMIT_JOB, result: z.string(), resultPath: '$.guid', retry })
  .wait('Wait X Seconds', { secondsPath: '$.wait_time' })
  .task('Get Job Status', { resource: CHECK_JOB, inputPath: '$.guid', result: JobStatus, resultPath: '$.status', retry })
  .choice('Job Complete?', (c) => c
    .when(c.stringEquals('$.status', 'FAILED'), (b) =>
      b.fail('Job Failed', { cause: 'AWS Batch Job Failed', error: 'DescribeJob returned FAILED' }))
    .when(c.stringEquals('$.status', 'SUCCEEDED'), (b) =>
      b.task('Get Final Job Status', { resource: CHECK_JOB, inputPath: '$.guid', result: JobStatus, retry }))
    .otherwise('Wait X Seconds'));
