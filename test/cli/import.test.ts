import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importCommand, type ImportCommandOptions } from '../../src/cli/commands/import.js';

const BATCH_JOB = new URL('../../examples/batch-job/batch-job.asl.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'statewright-import-'));

async function run(file: string, options: ImportCommandOptions = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await importCommand(file, options, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('statewright import', () => {
  it('prints the module, naming the workflow after the file', async () => {
    const { code, stdout, stderr } = await run(BATCH_JOB);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain("export const batchJob = workflow('BatchJob', { input: BatchJobInput, comment: 'An example of the Amazon States Language.' })");
    expect(stdout.endsWith(".otherwise('Wait X Seconds'));")).toBe(true);
  });

  it('writes --out, with --name and the input schema from --input-sample', async () => {
    const sample = join(dir, 'sample.json');
    writeFileSync(sample, JSON.stringify({ jobName: 'nightly', wait_time: 30 }));
    const out = join(dir, 'jobs.ts');
    const { code, stdout } = await run(BATCH_JOB, { out, name: 'Nightly Jobs', inputSample: sample });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('export const NightlyJobsInput = z.object({ jobName: z.string(), wait_time: z.number() });');
    expect(written).toContain("export const nightlyJobs = workflow('Nightly Jobs', {");
  });

  it('exits 1 naming the state, field and pointer of a feature the DSL cannot express', async () => {
    const file = join(dir, 'iterator.asl.json');
    writeFileSync(file, JSON.stringify({ StartAt: 'Each', States: { Each: { Type: 'Map', Iterator: { StartAt: 'A', States: { A: { Type: 'Succeed' } } }, End: true } } }));
    const { code, stdout, stderr } = await run(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${file}: The definition uses a feature the DSL cannot express yet:\n  State "Each": the legacy "Iterator" field (the builder writes "ItemProcessor", which AWS reads the same) (#/States/Each/Iterator)`);
  });

  it('exits 1 on an invalid definition, a missing file and a sample that is not JSON', async () => {
    const invalid = join(dir, 'invalid.asl.json');
    writeFileSync(invalid, JSON.stringify({ StartAt: 'Nowhere', States: { A: { Type: 'Succeed' } } }));
    const notJson = join(dir, 'sample.txt');
    writeFileSync(notJson, 'nope');
    expect(await run(invalid)).toMatchObject({ code: 1, stderr: expect.stringContaining('MISSING_TRANSITION_TARGET') as unknown });
    expect(await run(join(dir, 'missing.json'))).toMatchObject({ code: 1, stderr: expect.stringContaining('missing.json cannot be read') as unknown });
    expect(await run(BATCH_JOB, { inputSample: notJson })).toMatchObject({ code: 1, stderr: expect.stringContaining('sample.txt is not JSON') as unknown });
  });

  it('runs as a command of the CLI', { timeout: 60_000 }, async () => {
    const out = join(dir, 'from-cli.ts');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', BATCH_JOB, '--out', out, '--name', 'Jobs']);
    expect(readFileSync(out, 'utf8')).toContain("export const jobs = workflow('Jobs', { input: JobsInput,");
  });
});
