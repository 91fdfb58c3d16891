import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run.js';
import { testStateCommand } from '../../src/cli/commands/test-state.js';
import { validateCommand, type CommandIo } from '../../src/cli/commands/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'statewright-hostile-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
// Bytes that are not UTF-8 text, with NUL, escape and newline characters among them.
const binary = file('binary.json', Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x7b]));
const empty = file('empty.json', '');
const duplicate = file('duplicate.json', '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "End": true },\n    "A": { "Type": "Succeed" }\n  }\n}\n');
const valid = file('valid.json', '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}');

async function capture(command: (io: CommandIo) => Promise<number>): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await command({ stdout: (line) => lines.push(line), stderr: (line) => lines.push(line) });
  return { code, lines: lines.flatMap((line) => line.split('\n')) };
}

/** The output holds a line saying `problem`, with no stack trace and no raw bytes of the file. */
function expectClearError({ code, lines }: { code: number; lines: string[] }, problem: string): void {
  expect(code).toBe(1);
  expect(lines.some((line) => line.includes(problem))).toBe(true);
  expect(lines.filter((line) => /^\s+at /u.test(line))).toEqual([]);
  const text = lines.join('\n');
  for (const raw of ['\u0000', '\u001b', '\ufffd']) expect(text).not.toContain(raw);
}

describe('the CLI given files that are not definitions', () => {
  it.each([
    ['a binary file', binary, 'Invalid JSON: invalid symbol at line 1, column 1'],
    ['an empty file', empty, 'Definition is empty'],
    ['JSON with a duplicate key', duplicate, "Duplicate key 'A' at line 5, column 5"],
    ['a directory', dir, 'is a directory, not a definition file'],
  ])('validate: %s gives one line and exit 1', async (_, path, problem) => {
    const result = await capture((io) => validateCommand([path], { type: 'STANDARD', json: false }, io));
    expectClearError(result, problem);
    expect(result.lines).toHaveLength(1);
  });

  it.each([
    ['a binary file', binary, 'Invalid JSON: invalid symbol at line 1, column 1'],
    ['an empty file', empty, 'Definition is empty'],
    ['JSON with a duplicate key', duplicate, "Duplicate key 'A' at line 5, column 5"],
    ['a directory', dir, 'cannot be read (EISDIR'],
  ])('run: %s as the definition gives a clear error and exit 1', async (_, path, problem) => {
    expectClearError(await capture((io) => runCommand(path, { events: false, json: false }, io)), problem);
  });

  it.each([
    ['a binary file', binary, 'is not valid JSON (Invalid JSON: invalid symbol at line 1, column 1)'],
    ['an empty file', empty, 'is not valid JSON (Invalid JSON: value expected at line 1, column 1)'],
    ['JSON with a duplicate key', duplicate, "is not valid JSON (Duplicate key 'A' at line 5, column 5)"],
  ])('run: %s as --input-file gives one line and exit 1', async (_, path, problem) => {
    const result = await capture((io) => runCommand(valid, { events: false, json: false, inputFile: path }, io));
    expectClearError(result, problem);
  });

  it.each([
    ['a binary file', binary, 'is not valid JSON (Invalid JSON: invalid symbol at line 1, column 1)'],
    ['an empty file', empty, 'is not valid JSON (Invalid JSON: value expected at line 1, column 1)'],
    ['JSON with a duplicate key', duplicate, "is not valid JSON (Duplicate key 'A' at line 5, column 5)"],
    ['a directory', dir, 'cannot be read (EISDIR'],
  ])('test-state: %s gives one line and exit 1', async (_, path, problem) => {
    const result = await capture((io) => testStateCommand(path, { state: 'A' }, io));
    expectClearError(result, problem);
    expect(result.lines).toHaveLength(1);
  });
});
