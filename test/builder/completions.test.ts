// Each path argument autocompletes: what the TypeScript language service (as an editor runs it, with
// the project's compiler options) offers inside the string of a path option, a Choice condition and
// a `"key.$"` field of a payload template.
import { describe, expect, it } from 'vitest';
import { completionsAt } from './language-service.js';

// `@@` marks the cursor.
const head = `import { z } from 'zod';
import { workflow } from 'statewright';
const Job = z.object({
  guid: z.string(),
  job: z.object({ id: z.string(), status: z.enum(['SUBMITTED', 'FAILED']), tries: z.number() }),
  items: z.array(z.object({ n: z.number() })),
});
export const wf = workflow('W', { input: Job })`;
const task = `.task('Submit', { resource: 'arn:aws:lambda:us-east-1:123456789012:function:Submit'`;

const inputPaths = ['$', '$.guid', '$.job', '$.job.id', '$.job.status', '$.job.tries', '$.items'];

describe('path completions', { timeout: 120_000 }, () => {
  it('offers every path into the input for inputPath', () => {
    const offered = completionsAt(`${head}${task}, inputPath: '$.@@' });`);
    expect(offered).toEqual(expect.arrayContaining(inputPaths));
    expect(offered).not.toContain('$.nope');
  });

  it('offers the paths into what arrives at a later state (after resultPath and outputPath)', () => {
    const afterResult = completionsAt(`${head}${task}, result: z.object({ ok: z.boolean() }), resultPath: '$.res' }).pass('Next', { inputPath: '@@' });`);
    expect(afterResult).toEqual(expect.arrayContaining([...inputPaths, '$.res', '$.res.ok']));
    const afterOutput = completionsAt(`${head}.pass('Pick', { outputPath: '$.job' }).wait('Next', { seconds: 1, inputPath: '@@' });`);
    expect(afterOutput).toEqual(expect.arrayContaining(['$', '$.id', '$.status', '$.tries']));
    expect(afterOutput).not.toContain('$.guid');
  });

  it("offers every path into the input for a Choice's inputPath, and into its effective input for outputPath", () => {
    const input = completionsAt(`${head}.choice('Check', (c) => c.otherwise(), { inputPath: '$.@@' });`);
    expect(input).toEqual(expect.arrayContaining(inputPaths));
    const output = completionsAt(`${head}.choice('Check', (c) => c.otherwise(), { inputPath: '$.job', outputPath: '$.@@' });`);
    expect(output).toEqual(expect.arrayContaining(['$', '$.id', '$.status', '$.tries']));
    expect(output).not.toContain('$.guid');
  });

  it('offers the existing paths for resultPath', () => {
    expect(completionsAt(`${head}${task}, resultPath: '$.@@' });`)).toEqual(expect.arrayContaining(inputPaths));
  });

  it('offers the paths into the input with the result written for outputPath', () => {
    const offered = completionsAt(`${head}${task}, result: z.object({ ok: z.boolean() }), resultPath: '$.res', outputPath: '$.@@' });`);
    expect(offered).toEqual(expect.arrayContaining([...inputPaths, '$.res', '$.res.ok']));
    const replaced = completionsAt(`${head}${task}, result: z.object({ ok: z.boolean() }), outputPath: '$.@@' });`);
    expect(replaced).toEqual(expect.arrayContaining(['$', '$.ok']));
    expect(replaced).not.toContain('$.guid');
  });

  it('offers only the arrays and objects (iterated pair by pair) for itemsPath', () => {
    const offered = completionsAt(`${head}.map('Each', { itemsPath: '@@', processor: (item) => item.succeed('Done') });`);
    expect(offered).toEqual(expect.arrayContaining(['$', '$.items', '$.job']));
    expect(offered).not.toContain('$.guid');
    expect(offered).not.toContain('$.job.tries');
  });

  it("offers only the numbers for a Wait's secondsPath and the strings for its timestampPath", () => {
    const seconds = completionsAt(`${head}.wait('Pause', { secondsPath: '$.@@' });`);
    expect(seconds).toContain('$.job.tries');
    expect(seconds).not.toContain('$.guid');
    expect(seconds).not.toContain('$.job');
    const timestamp = completionsAt(`${head}.wait('Pause', { timestampPath: '$.@@' });`);
    expect(timestamp).toEqual(expect.arrayContaining(['$.guid', '$.job.id', '$.job.status']));
    expect(timestamp).not.toContain('$.job.tries');
  });

  it('offers the paths that may hold a string in c.stringEquals, a number in c.numericGreaterThan', () => {
    const strings = completionsAt(`${head}.choice('Check', (c) => c.when(c.stringEquals('@@', 'FAILED'), 'Check').otherwise());`);
    expect(strings).toEqual(expect.arrayContaining(['$.guid', '$.job.id', '$.job.status']));
    expect(strings).not.toContain('$.job.tries');
    const numbers = completionsAt(`${head}.choice('Check', (c) => c.when(c.numericGreaterThan('@@', 3), 'Check').otherwise());`);
    expect(numbers).toContain('$.job.tries');
    expect(numbers).not.toContain('$.guid');
  });
});

describe('payload template completions', { timeout: 120_000 }, () => {
  const contextPaths = ['$$.Execution.Id', '$$.Execution.Input.guid', '$$.State.Name', '$$.Task.Token'];

  it('offers the input, context object and variable paths for a "key.$" value of parameters', () => {
    const offered = completionsAt(`${head}${task}, parameters: { 'id.$': '@@' } });`);
    expect(offered).toEqual(expect.arrayContaining([...inputPaths, ...contextPaths]));
    expect(offered).not.toContain('$$.Map.Item.Index');
  });

  it('offers them in a nested template, beside other fields', () => {
    const offered = completionsAt(`${head}${task}, parameters: { 'a.$': '$.guid', b: { list: [1], 'id.$': '@@' } } });`);
    expect(offered).toEqual(expect.arrayContaining([...inputPaths, ...contextPaths]));
  });

  it('offers the paths into the effective input (after inputPath) and the variables assigned before', () => {
    const offered = completionsAt(`${head}.pass('Keep', { assign: { 'who.$': '$.guid' } }).pass('Shape', { inputPath: '$.job', parameters: { 'id.$': '@@' } });`);
    expect(offered).toEqual(expect.arrayContaining(['$.id', '$.tries', '$who']));
    expect(offered).not.toContain('$.guid');
  });

  it("offers the result's paths in resultSelector", () => {
    const offered = completionsAt(`${head}${task}, result: z.object({ ok: z.boolean() }), resultSelector: { 'ok.$': '@@' } });`);
    expect(offered).toContain('$.ok');
    expect(offered).not.toContain('$.guid');
  });

  it("offers $$.Map.Item in a Map's itemSelector", () => {
    const offered = completionsAt(`${head}.map('Each', { itemsPath: '$.items', itemSelector: { 'n.$': '@@' }, processor: (item) => item.succeed('Done') });`);
    expect(offered).toEqual(expect.arrayContaining(['$.guid', '$$.Map.Item.Index', '$$.Map.Item.Value.n']));
  });

  it('offers no path for a field without ".$" (its value is a literal)', () => {
    const offered = completionsAt(`${head}${task}, parameters: { id: '@@' } });`);
    expect(offered.filter((name) => name.startsWith('$'))).toEqual([]);
  });
});
