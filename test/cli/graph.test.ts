import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphCommand, type GraphCommandOptions } from '../../src/cli/commands/graph.js';
import { runCommand } from '../../src/cli/commands/run.js';

const DEFINITION = 'examples/batch-job/batch-job.asl.json';
const WORKFLOW = 'examples/batch-job/workflow.ts';
const dir = mkdtempSync(join(tmpdir(), 'statewright-graph-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function graph(source: string, options: GraphCommandOptions = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await graphCommand(source, options, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout: stdout.join('\n'), stderr };
}

// Loading modules through tsx takes seconds on a busy machine.
describe('statewright graph', { timeout: 30_000 }, () => {
  it('prints Mermaid by default, from a definition file and from a workflow module alike', async () => {
    const fromJson = await graph(DEFINITION);
    const fromModule = await graph(WORKFLOW);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout.split('\n')[0]).toBe('flowchart TD');
    expect(fromJson.stdout).toContain('n3 -->|"$.status == &quot;FAILED&quot;"| n4');
    expect(fromModule.stdout).toBe(fromJson.stdout);
  });

  it('writes DOT to --out', async () => {
    const out = join(dir, 'batch.dot');
    const { code, stderr } = await graph(DEFINITION, { format: 'dot', out });
    expect(code).toBe(0);
    expect(stderr).toEqual([`Wrote ${out} (dot, 6 states, 9 edges)`]);
    expect(readFileSync(out, 'utf8')).toMatch(/^digraph workflow \{/);
  });

  it('writes HTML with the path of a `run --json` result', async () => {
    const lines: string[] = [];
    await runCommand(DEFINITION, { input: '{"jobName":"n","wait_time":30}', mocks: 'examples/batch-job/MockConfigFile.json', testCase: 'JobFails', events: false, json: true }, { stdout: (l) => lines.push(l), stderr: () => undefined });
    const execution = file('result.json', lines.join('\n'));
    const out = join(dir, 'batch.html');
    expect((await graph(WORKFLOW, { format: 'html', out, execution })).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>BatchJob</title>');
    expect(html).toContain('<span class="status status-FAILED">FAILED</span>');
    expect(html).toContain('"Job Failed"');
  });

  it('names each problem: --execution without html, a bad execution file, an invalid definition, a missing file', async () => {
    expect(await graph(DEFINITION, { execution: 'x.json' })).toMatchObject({ code: 1, stderr: ['statewright graph: --execution needs --format html'] });
    const notResult = file('not-result.json', '{"status":"SUCCEEDED"}');
    expect((await graph(DEFINITION, { format: 'html', execution: notResult })).stderr[0]).toMatch(/^statewright graph: --execution .*: not the output of statewright run --json: .* at #\/events$/);
    const invalid = file('invalid.asl.json', '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"}}}');
    expect(await graph(invalid)).toMatchObject({
      code: 1,
      stderr: [`${invalid}: MISSING_TRANSITION_TARGET Missing 'Next' target: B (#/States/A/Next)`, `${invalid}: MISSING_END_STATE Workflow has no terminal state (#)`],
    });
    expect(await graph(join(dir, 'none.json'))).toMatchObject({ code: 1, stderr: [`statewright graph: ${join(dir, 'none.json')}: no such file`] });
  });

  it('asks which workflow to draw when a module exports several, and draws the one named', async () => {
    const library = join(process.cwd(), 'src/index.ts');
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const module = file(
      'two.ts',
      `import { workflow } from '${library}';\nexport const a = workflow('A').pass('P').succeed('S');\nexport const b = workflow('B').pass('Q').succeed('T');\n`,
    );
    expect(await graph(module)).toMatchObject({ code: 1, stderr: [`statewright graph: ${module} exports 2 workflows (A, B): pick one with --workflow`] });
    expect((await graph(module, { workflow: 'B' })).stdout).toContain('n0["Q<br/><small>Pass</small>"]');
    expect((await graph(module, { workflow: 'C' })).stderr).toEqual([`statewright graph: ${module} exports no workflow named C (it has A, B)`]);
  });
});
