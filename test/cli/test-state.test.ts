import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testStateCommand, type TestStateCommandOptions } from '../../src/cli/commands/test-state.js';

const BATCH_JOB = new URL('../../examples/batch-job/batch-job.asl.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'statewright-test-state-'));
const INPUT = JSON.stringify({ jobName: 'nightly', wait_time: 30, guid: 'job-8c1d5e2a' });

async function run(file: string, options: TestStateCommandOptions) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await testStateCommand(file, options, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout, stderr, response: stdout.length > 0 ? (JSON.parse(stdout.join('\n')) as Record<string, unknown>) : undefined };
}

describe('statewright test-state', () => {
  it("tests the batch job's Get Job Status with a mocked result, printing the TRACE response", async () => {
    const { code, response } = await run(BATCH_JOB, { state: 'Get Job Status', input: INPUT, mockResult: '"RUNNING"', inspectionLevel: 'TRACE' });
    expect(code).toBe(0);
    expect(response).toEqual({
      status: 'SUCCEEDED',
      output: { jobName: 'nightly', wait_time: 30, guid: 'job-8c1d5e2a', status: 'RUNNING' },
      nextState: 'Job Complete?',
      inspectionData: {
        input: { jobName: 'nightly', wait_time: 30, guid: 'job-8c1d5e2a' },
        afterInputPath: 'job-8c1d5e2a',
        afterParameters: 'job-8c1d5e2a',
        result: 'RUNNING',
        afterResultSelector: 'RUNNING',
        afterResultPath: { jobName: 'nightly', wait_time: 30, guid: 'job-8c1d5e2a', status: 'RUNNING' },
      },
    });
  });

  it('reports a mocked error that its Retry would retry as RETRIABLE, with the wait', async () => {
    const { code, response } = await run(BATCH_JOB, { state: 'Get Job Status', input: INPUT, mockError: 'Lambda.ServiceException', mockCause: 'down', inspectionLevel: 'DEBUG', retrierRetryCount: 2 });
    expect(code).toBe(0);
    expect(response).toMatchObject({ status: 'RETRIABLE', error: 'Lambda.ServiceException', cause: 'down', inspectionData: { errorDetails: { retryIndex: 0, retryBackoffIntervalSeconds: 4 } } });
    const exhausted = await run(BATCH_JOB, { state: 'Get Job Status', input: INPUT, mockError: 'Lambda.ServiceException', mockCause: 'down', retrierRetryCount: 3 });
    expect(exhausted.response).toEqual({ status: 'FAILED', error: 'Lambda.ServiceException', cause: 'down' });
  });

  it('tests a file holding one state', async () => {
    const file = join(dir, 'pass.json');
    writeFileSync(file, JSON.stringify({ Type: 'Pass', Parameters: { 'greeting.$': "States.Format('Hello, {}', $.name)" }, Next: 'Done' }));
    const { response } = await run(file, { input: '{"name":"Ada"}' });
    expect(response).toEqual({ status: 'SUCCEEDED', output: { greeting: 'Hello, Ada' }, nextState: 'Done' });
  });

  it("prints AWS's error code and message for a refused request, and exits 1", async () => {
    const refused = await run(BATCH_JOB, { state: 'Wait X Seconds', input: INPUT, mockResult: '{}' });
    expect(refused).toMatchObject({ code: 1, stdout: [], stderr: ["ValidationException: State type 'Wait' is not supported when a mock is specified"] });
    const both = await run(BATCH_JOB, { state: 'Get Job Status', mockResult: '"RUNNING"', mockError: 'E' });
    expect(both.stderr).toEqual(['ValidationException: A test mock should have only one of the following fields: [result, errorOutput].']);
    const notJson = await run(BATCH_JOB, { state: 'Get Job Status', mockResult: 'RUNNING' });
    expect(notJson.stderr).toEqual(['ValidationException: Mocked result must be valid JSON']);
    const unknown = await run(BATCH_JOB, { state: 'Nope' });
    expect(unknown.stderr).toEqual(['ValidationException: State not found in definition']);
  });

  it('asks for --state when the file is a whole definition, and names unreadable files', async () => {
    expect((await run(BATCH_JOB, {})).stderr).toEqual(['statewright test-state: the file holds a state machine: name the state to test with --state NAME']);
    const missing = await run(join(dir, 'missing.json'), {});
    expect(missing.code).toBe(1);
    expect(missing.stderr[0]).toMatch(/missing\.json cannot be read/);
  });
});
