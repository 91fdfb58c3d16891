import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCommand, type RunCommandOptions } from '../../src/cli/commands/run.js';

const DEFINITION = 'examples/batch-job/batch-job.asl.json';
const MOCKS = 'examples/batch-job/MockConfigFile.json';
const INPUT = '{"jobName":"nightly","wait_time":30}';
const dir = mkdtempSync(join(tmpdir(), 'statewright-run-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(definition: string, options: Partial<RunCommandOptions> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCommand(definition, { events: false, json: false, ...options }, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

describe('statewright run', () => {
  it('runs the batch-job example with its MockConfigFile: status and output on stdout, the states visited on stderr, exit 0', async () => {
    const { code, stdout, stderr } = await run(DEFINITION, { input: INPUT, mocks: MOCKS, testCase: 'HappyPath' });
    expect(code).toBe(0);
    expect(stdout).toEqual(['SUCCEEDED', '"SUCCEEDED"']);
    expect(stderr).toContain(
      'Visited 11 states: Submit Job → Wait X Seconds → Get Job Status → Job Complete? → Wait X Seconds → Get Job Status → Job Complete? → Wait X Seconds → Get Job Status → Job Complete? → Get Final Job Status',
    );
    expect(stderr).toContain('SUCCEEDED after 90 s of execution time (virtual clock), 39 events');
  });

  it('prints error and cause and exits 1 when the execution fails', async () => {
    const { code, stdout } = await run(DEFINITION, { input: INPUT, mocks: MOCKS, stateMachine: 'BatchJob', testCase: 'JobFails' });
    expect(code).toBe(1);
    expect(stdout).toEqual(['FAILED', 'error: DescribeJob returned FAILED', 'cause: AWS Batch Job Failed']);
  });

  it('retries a throttled submission from the mocks on the virtual clock', async () => {
    const { code, stderr } = await run(DEFINITION, { input: INPUT, mocks: MOCKS, testCase: 'RetriedSubmission' });
    expect(code).toBe(0);
    expect(stderr).toContain('SUCCEEDED after 93 s of execution time (virtual clock), 45 events');
  });

  it('prints the whole ExecutionResult, events included, with --json', async () => {
    const { stdout } = await run(DEFINITION, { input: INPUT, mocks: MOCKS, testCase: 'HappyPath', json: true });
    const result = JSON.parse(stdout.join('\n')) as { status: string; output: unknown; startDate: string; events: { id: number; type: string; timestamp: string }[] };
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'SUCCEEDED', startDate: '2024-01-01T00:00:00.000Z' });
    expect(result.events).toHaveLength(39);
    expect(result.events[0]).toMatchObject({ id: 1, type: 'ExecutionStarted', timestamp: '2024-01-01T00:00:00.000Z' });
  });

  it('prints one line per history event with --events', async () => {
    const { stdout } = await run(DEFINITION, { input: INPUT, mocks: MOCKS, testCase: 'JobFails', events: true });
    expect(stdout[3]).toBe(
      '#1 (after #0) 2024-01-01T00:00:00.000Z ExecutionStarted {"input":{"jobName":"nightly","wait_time":30},"inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/StepFunctionsExecutionRole"}',
    );
    expect(stdout.at(-1)).toMatch(/^#26 \(after #25\) 2024-01-01T00:01:00\.000Z ExecutionFailed /);
  });

  it('reads the input from --input-file, and refuses both input options at once', async () => {
    const input = file('input.json', INPUT);
    expect((await run(DEFINITION, { inputFile: input, mocks: MOCKS, testCase: 'HappyPath' })).code).toBe(0);
    const both = await run(DEFINITION, { input: INPUT, inputFile: input });
    expect(both).toMatchObject({ code: 1, stderr: ['statewright run: give --input or --input-file, not both'] });
  });

  it('asks for --test-case when the state machine has several, naming them', async () => {
    const { code, stderr } = await run(DEFINITION, { input: INPUT, mocks: MOCKS });
    expect(code).toBe(1);
    expect(stderr).toEqual(['statewright run: the MockConfigFile has 3 test cases of BatchJob (HappyPath, RetriedSubmission, JobFails): pick one with --test-case']);
  });

  it('warns about mocks no task called, and refuses mocks for states the definition does not have', async () => {
    const config = JSON.parse(readFileSync(MOCKS, 'utf8')) as { StateMachines: { BatchJob: { TestCases: Record<string, Record<string, string>> } } };
    const cases = config.StateMachines.BatchJob.TestCases;
    cases['JobFails'] = { ...cases['JobFails'], 'Get Final Job Status': 'FinalStatusSucceeded' };
    cases['Typo'] = { 'Submit Jobs': 'SubmitJobSucceeds' };
    const mocks = file('mocks.json', JSON.stringify(config));
    const unused = await run(DEFINITION, { input: INPUT, mocks, testCase: 'JobFails' });
    expect(unused.stderr).toContain("warning: the mock of state 'Get Final Job Status' was never called");
    const typo = await run(DEFINITION, { input: INPUT, mocks, testCase: 'Typo' });
    expect(typo.code).toBe(1);
    expect(typo.stderr.at(-1)).toBe(
      "statewright run: Mocks for states that are not Task states of the definition: 'Submit Jobs' (its Task states: 'Submit Job', 'Get Job Status', 'Get Final Job Status')",
    );
  });

  it('prints the diagnostics of a definition AWS would refuse, and a task without a mock as the error it is', async () => {
    const invalid = await run(file('bad.asl.json', '{"StartAt":"A","States":{}}'));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr.at(-1)).toMatch(/bad\.asl\.json: Invalid state machine definition \(\d+ errors?\):/);
    const unmocked = await run(DEFINITION, { input: INPUT });
    expect(unmocked.code).toBe(1);
    expect(unmocked.stdout[1]).toBe('error: States.Runtime');
    expect(unmocked.stdout[2]).toContain("No task handler for state 'Submit Job' (resource arn:aws:lambda:us-east-1:123456789012:function:SubmitJob)");
  });

  it('exits with the status of the execution as a process', { timeout: 60_000 }, async () => {
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'run', DEFINITION, '--input', INPUT, '--mocks', MOCKS, '--test-case'];
    const [ok, failed] = await Promise.all([
      promisify(execFile)(process.execPath, [...args, 'HappyPath']),
      promisify(execFile)(process.execPath, [...args, 'JobFails']).then(
        () => ({ code: 0 }),
        (error: unknown) => ({ code: (error as { code: number }).code }),
      ),
    ]);
    expect(ok.stdout).toBe('SUCCEEDED\n"SUCCEEDED"\n');
    expect(failed.code).toBe(1);
  });
});
