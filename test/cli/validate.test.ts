import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateCommand, type ValidateCommandOptions } from '../../src/cli/commands/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'statewright-cli-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(files: string[], options: Partial<ValidateCommandOptions> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await validateCommand(files, { type: 'STANDARD', json: false, ...options }, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

const missingTarget = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "Nowhere" },
    "B": { "Type": "Succeed" }
  }
}
`;

describe('statewright validate', () => {
  it('prints one line per diagnostic with file, line, column, code, message and pointer, and exits 1', async () => {
    const path = file('missing-target.asl.json', missingTarget);
    const { code, stdout } = await run([path]);
    expect(code).toBe(1);
    expect(stdout).toEqual([
      `${path}:4:28: MISSING_TRANSITION_TARGET Missing 'Next' target: Nowhere (#/States/A/Next)`,
      `${path}:5:5: MISSING_TRANSITION_TARGET State "B" is not reachable. (#/States/B)`,
    ]);
  });

  it('exits 0 and prints nothing for a valid definition', async () => {
    const path = file('valid.asl.json', '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}');
    expect(await run([path])).toEqual({ code: 0, stdout: [], stderr: [] });
  });

  it('prints the diagnostics as JSON with --json', async () => {
    const path = file('json.asl.json', missingTarget);
    const { stdout } = await run([path], { json: true });
    expect(JSON.parse(stdout.join('\n'))).toContainEqual({
      file: path, line: 4, column: 28, code: 'MISSING_TRANSITION_TARGET', severity: 'ERROR',
      path: '/States/A/Next', message: "Missing 'Next' target: Nowhere",
    });
  });

  it('gives the line and column of malformed JSON', async () => {
    const path = file('broken.asl.json', '{\n  "StartAt": "A",\n  "States": {,}\n}');
    const { code, stdout } = await run([path]);
    expect(code).toBe(1);
    expect(stdout).toHaveLength(1);
    expect(stdout[0]).toMatch(new RegExp(`^${path}:3:14: INVALID_JSON_DESCRIPTION .*line 3, column 14`));
  });

  it('applies --type EXPRESS', async () => {
    const path = file('express.asl.json', JSON.stringify({
      StartAt: 'Run',
      States: { Run: { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution.sync', Parameters: { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child' }, End: true } },
    }));
    expect((await run([path])).code).toBe(0);
    const express = await run([path], { type: 'EXPRESS' });
    expect(express.code).toBe(1);
    expect(express.stdout[0]).toContain("does not support '.sync'");
  });

  it('says so for a missing file or a directory, without a stack trace', async () => {
    const { code, stdout, stderr } = await run([join(dir, 'nope.json'), dir]);
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([`${join(dir, 'nope.json')}: no such file`, `${dir}: is a directory, not a definition file`]);
  });

  it('runs as a command and sets the exit code', { timeout: 60_000 }, async () => {
    const path = file('cmd.asl.json', missingTarget);
    const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', path]).then(
      () => ({ code: 0, stdout: '' }),
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('MISSING_TRANSITION_TARGET');
  });
});
