import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate } from '../../src/compile/validate.js';
import { buildCommand, type BuildCommandOptions } from '../../src/cli/commands/build.js';

const ROOT = process.cwd();
// Fixture modules live in a temp dir, so they import the library by its path.
const LIBRARY = join(ROOT, 'src/index.ts');
const BATCH_JOB = JSON.parse(readFileSync('examples/batch-job/batch-job.asl.json', 'utf8')) as unknown;

/** A temp project of ES modules with these files. */
function project(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'statewright-build-'));
  for (const [name, text] of Object.entries({ 'package.json': '{"type":"module"}', ...files })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const hello = (exportName: string, name: string, result = 'hi') =>
  `export const ${exportName} = workflow('${name}').pass('Greet', { result: '${result}' }).succeed('Done');\n`;
const header = `import { workflow, fragment } from '${LIBRARY}';\n`;

async function build(entries: readonly string[], options: Partial<BuildCommandOptions> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await buildCommand(entries, { cwd: ROOT, ...options }, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

// Loading modules through tsx takes seconds on a busy machine.
describe('statewright build', { timeout: 30_000 }, () => {
  it('writes one file per exported workflow of examples/**/*.ts; each validates clean and BatchJob is the hand-written definition', async () => {
    const out = mkdtempSync(join(tmpdir(), 'statewright-asl-'));
    const { code, stdout, stderr } = await build(['examples/**/*.ts'], { outDir: out });
    expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
    expect(readdirSync(out).sort()).toEqual(['BatchJob.asl.json', 'LoyaltyDiscount.asl.json', 'OrderFanOut.asl.json', 'OrderPipeline.asl.json']);
    expect([...stdout].sort()).toEqual([
      expect.stringMatching(/^Wrote .*BatchJob\.asl\.json \(BatchJob\)$/),
      expect.stringMatching(/^Wrote .*LoyaltyDiscount\.asl\.json \(LoyaltyDiscount\)$/),
      expect.stringMatching(/^Wrote .*OrderFanOut\.asl\.json \(OrderFanOut\)$/),
      expect.stringMatching(/^Wrote .*OrderPipeline\.asl\.json \(OrderPipeline\)$/),
    ]);
    const written = (file: string) => JSON.parse(readFileSync(join(out, file), 'utf8')) as unknown;
    expect(written('BatchJob.asl.json')).toEqual(BATCH_JOB);
    expect(validate(written('BatchJob.asl.json'))).toEqual([]);
    expect(validate(written('OrderPipeline.asl.json'))).toEqual([]);
    expect(validate(written('OrderFanOut.asl.json'))).toEqual([]);
    expect(validate(written('LoyaltyDiscount.asl.json'))).toEqual([]);
  });

  it('--check passes when the files are current and fails, naming the file, after a workflow changes', async () => {
    const dir = project({ 'src/hello.ts': header + hello('hello', 'Hello') });
    expect((await build(['src/*.ts'], { cwd: dir, outDir: 'asl' })).code).toBe(0);
    expect(await build(['src/*.ts'], { cwd: dir, outDir: 'asl', check: true })).toMatchObject({ code: 0, stdout: ['Up to date asl/Hello.asl.json (Hello)'] });

    writeFileSync(join(dir, 'src/hello.ts'), header + hello('hello', 'Hello', 'changed'));
    const stale = await build(['src/*.ts'], { cwd: dir, outDir: 'asl', check: true });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toEqual(['Stale asl/Hello.asl.json (Hello from src/hello.ts)', '1 file is out of date: run statewright build without --check']);
    expect(readFileSync(join(dir, 'asl/Hello.asl.json'), 'utf8')).not.toContain('changed');

    const missing = await build(['src/*.ts'], { cwd: dir, outDir: 'elsewhere', check: true });
    expect(missing.stderr[0]).toBe('Missing elsewhere/Hello.asl.json (Hello from src/hello.ts)');
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
  });

  it('--check flags a file of the out dir that no workflow makes any more (renamed or removed), leaving other files alone', async () => {
    const dir = project({ 'src/hello.ts': header + hello('hello', 'Hello') });
    expect((await build(['src/*.ts'], { cwd: dir, outDir: 'asl' })).code).toBe(0);
    writeFileSync(join(dir, 'asl/notes.json'), '{}');
    writeFileSync(join(dir, 'asl/Other.asl.yaml'), 'StartAt: A');
    expect(await build(['src/*.ts'], { cwd: dir, outDir: 'asl', check: true })).toMatchObject({ code: 0, stderr: [] });

    writeFileSync(join(dir, 'src/hello.ts'), header + hello('hello', 'Greeting'));
    expect((await build(['src/*.ts'], { cwd: dir, outDir: 'asl' })).code).toBe(0);
    const orphaned = await build(['src/*.ts'], { cwd: dir, outDir: 'asl', check: true });
    expect(orphaned.code).toBe(1);
    expect(orphaned.stdout).toEqual(['Up to date asl/Greeting.asl.json (Greeting)']);
    expect(orphaned.stderr).toEqual(['Orphaned asl/Hello.asl.json (no workflow makes it any more: delete it)', '1 file is out of date: run statewright build without --check']);
    expect(existsSync(join(dir, 'asl/Hello.asl.json'))).toBe(true);
  });

  it('writes YAML with --format yaml', async () => {
    const out = mkdtempSync(join(tmpdir(), 'statewright-asl-'));
    expect((await build(['examples/batch-job/workflow.ts'], { outDir: out, format: 'yaml' })).code).toBe(0);
    expect(parse(readFileSync(join(out, 'BatchJob.asl.yaml'), 'utf8'))).toEqual(BATCH_JOB);
  });

  it('refuses one name used by two workflows, naming both files, and writes nothing for it', async () => {
    const dir = project({
      'a.ts': header + hello('first', 'Same') + hello('other', 'Other'),
      'b.ts': header + hello('second', 'Same', 'bye'),
    });
    const { code, stderr } = await build(['a.ts', 'b.ts'], { cwd: dir, outDir: 'asl' });
    expect(code).toBe(1);
    expect(stderr).toEqual(['workflow name "Same" is used by 2 workflows: a.ts (export first) and b.ts (export second); nothing written for it']);
    expect(readdirSync(join(dir, 'asl'))).toEqual(['Other.asl.json']);
  });

  it('counts a workflow re-exported by another entry, or exported under two names, once', async () => {
    const dir = project({
      'a.ts': header + hello('hello', 'Hello') + 'export default hello;\n',
      'b.ts': `export { hello as again } from './a.ts';\n`,
    });
    const { code, stdout } = await build(['*.ts'], { cwd: dir, outDir: 'asl' });
    expect({ code, stdout }).toEqual({ code: 0, stdout: ['Wrote asl/Hello.asl.json (Hello)'] });
  });

  it('names workflow, state and JSON pointer of a validation error, writes nothing for that workflow and still writes the others', async () => {
    const dir = project({
      'flows.ts': header + hello('good', 'Good') + `export const bad = workflow('Bad').task('Call', { resource: 'not-an-arn' });\n`,
    });
    const { code, stderr } = await build(['flows.ts'], { cwd: dir, outDir: 'asl' });
    expect(code).toBe(1);
    expect(stderr).toEqual([
      expect.stringMatching(/^flows\.ts: workflow Bad: state 'Call': SCHEMA_VALIDATION_FAILED .*not-an-arn.* \(#\/States\/Call\/Resource\)$/),
      'flows.ts: workflow Bad: 1 error; nothing written',
    ]);
    expect(readdirSync(join(dir, 'asl'))).toEqual(['Good.asl.json']);
  });

  it('replaces ${Name} placeholders from --substitutions, numbers and booleans as such when a string is just the placeholder', async () => {
    const dir = project({
      'flow.ts':
        header +
        `export const flow = workflow('Sub').task('Call', { resource: 'arn:aws:states:::lambda:invoke', parameters: { FunctionName: '\${Fn}', Limit: '\${Limit}', Note: 'v\${Version}-\${Unknown}' } });\n`,
      'subs.json': JSON.stringify({ Fn: 'arn:aws:lambda:us-east-1:123456789012:function:Work', Limit: 5, Version: '2' }),
    });
    const { code, stderr } = await build(['flow.ts'], { cwd: dir, outDir: 'asl', substitutions: 'subs.json' });
    expect(code).toBe(0);
    expect(stderr).toEqual(['flow.ts: workflow Sub: warning ${Unknown} has no substitution and stays as it is']);
    const written = JSON.parse(readFileSync(join(dir, 'asl/Sub.asl.json'), 'utf8')) as { States: { Call: { Parameters: unknown } } };
    expect(written.States.Call.Parameters).toEqual({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:Work', Limit: 5, Note: 'v2-${Unknown}' });
  });

  it('substitutes a placeholder Resource before validating (valid only once substituted)', async () => {
    const dir = project({
      'flow.ts': header + `export const flow = workflow('Sub').task('Call', { resource: '\${CallArn}' });\n`,
      'subs.json': JSON.stringify({ CallArn: 'arn:aws:lambda:us-east-1:123456789012:function:Work' }),
    });
    expect(await build(['flow.ts'], { cwd: dir, outDir: 'asl', substitutions: 'subs.json' })).toMatchObject({ code: 0, stderr: [] });
    const written = JSON.parse(readFileSync(join(dir, 'asl/Sub.asl.json'), 'utf8')) as { States: { Call: { Resource: string } } };
    expect(written.States.Call.Resource).toBe('arn:aws:lambda:us-east-1:123456789012:function:Work');
    const unsubstituted = await build(['flow.ts'], { cwd: dir, outDir: 'asl2' });
    expect(unsubstituted.code).toBe(1);
    expect(unsubstituted.stderr[0]).toMatch(/state 'Call': SCHEMA_VALIDATION_FAILED .*\(#\/States\/Call\/Resource\)$/);
  });

  it('refuses a substitutions file that is not an object of strings, numbers or booleans', async () => {
    const dir = project({ 'flow.ts': header + hello('hello', 'Hello'), 'subs.json': '{"A": {"nested": true}}' });
    const { code, stderr } = await build(['flow.ts'], { cwd: dir, outDir: 'asl', substitutions: 'subs.json' });
    expect({ code, stderr }).toEqual({ code: 1, stderr: ['statewright build: --substitutions subs.json must be a JSON object of strings, numbers or booleans (#/A is not)'] });
  });

  it('takes entries, out dir and format from statewright.config.ts, the command line winning', async () => {
    const dir = project({
      'statewright.config.ts': `export default { entries: ['flows/*.ts'], outDir: 'generated', format: 'yaml' };\n`,
      'flows/hello.ts': header + hello('hello', 'Hello'),
    });
    expect(await build([], { cwd: dir })).toMatchObject({ code: 0, stdout: ['Wrote generated/Hello.asl.yaml (Hello)'] });
    expect(await build([], { cwd: dir, format: 'json', outDir: 'other' })).toMatchObject({ code: 0, stdout: ['Wrote other/Hello.asl.json (Hello)'] });
  });

  it('takes the config from the "statewright" field of package.json, and names a bad field', async () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'app', type: 'module', statewright: { entries: ['hello.ts'], outDir: 'asl' } }),
      'hello.ts': header + hello('hello', 'Hello'),
    });
    expect(await build([], { cwd: dir })).toMatchObject({ code: 0, stdout: ['Wrote asl/Hello.asl.json (Hello)'] });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', statewright: { entries: 'hello.ts' } }));
    const bad = await build([], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr[0]).toMatch(/package\.json: its "statewright" field is not a statewright build config: .* at #\/entries$/);
  });

  it('explains what is missing: entries, out dir, matching files, workflows', async () => {
    const dir = project({ 'frag.ts': `import { fragment } from '${LIBRARY}';\nexport const piece = fragment<{ a: number }>().pass('P');\n` });
    expect((await build([], { cwd: dir, outDir: 'asl' })).stderr[0]).toMatch(/^statewright build: no entry files: give them as arguments or as "entries" in /);
    expect((await build(['frag.ts'], { cwd: dir })).stderr[0]).toMatch(/^statewright build: no output directory: give --out-dir or "outDir" in /);
    expect((await build(['src/**/*.ts'], { cwd: dir, outDir: 'asl' })).stderr).toEqual(['statewright build: src/**/*.ts matches no file']);
    expect((await build(['nope.ts'], { cwd: dir, outDir: 'asl' })).stderr).toEqual(['statewright build: nope.ts: no such file']);
    expect(await build(['frag.ts'], { cwd: dir, outDir: 'asl' })).toMatchObject({
      code: 1,
      stderr: ['no exported workflow found in 1 file (a workflow is an exported value made by workflow())'],
    });
  });

  it('names a module that cannot be loaded', async () => {
    const dir = project({ 'broken.ts': 'export const = 1;\n', 'hello.ts': header + hello('hello', 'Hello') });
    const { code, stdout, stderr } = await build(['*.ts'], { cwd: dir, outDir: 'asl' });
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(/broken\.ts could not be loaded: /);
    expect(stdout).toEqual(['Wrote asl/Hello.asl.json (Hello)']);
  });

  it('runs as a process: exit 0, then exit 1 from --check once a file is out of date', { timeout: 60_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'statewright-asl-'));
    const cli = ['--import', 'tsx', 'src/cli/main.ts', 'build', 'examples/**/*.ts', '--out-dir', out];
    await promisify(execFile)(process.execPath, cli);
    writeFileSync(join(out, 'BatchJob.asl.json'), '{}\n');
    const failed = await promisify(execFile)(process.execPath, [...cli, '--check']).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`Stale `);
    expect(failed.stderr).toContain('BatchJob.asl.json (BatchJob from examples/batch-job/workflow.ts)');
  });
});
