import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCases, parseCase } from '../../scripts/conformance/case-file.js';
import { sampleCase } from './sample-case.js';

describe('parseCase', () => {
  it('reads a case', () => {
    expect(parseCase(sampleCase, 'sample.json')).toEqual(sampleCase);
  });

  it('keeps an input of any JSON type, also null', () => {
    expect(parseCase({ ...sampleCase, input: null }, 'x.json').input).toBeNull();
    expect(parseCase({ ...sampleCase, input: 'text' }, 'x.json').input).toBe('text');
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no id', { id: undefined }, /x\.json: not a conformance case \(id:/],
    ['no input', { input: undefined }, /x\.json: not a conformance case \(input:/],
    ['an unknown status', { expected: { status: 'DONE' } }, /x\.json: not a conformance case \(expected\.status:/],
    ['a bad query language', { queryLanguage: 'XPath' }, /\(queryLanguage:/],
  ])('rejects a case with %s', (_name, change, message) => {
    const data = Object.fromEntries(Object.entries({ ...sampleCase, ...change }).filter(([, v]) => v !== undefined));
    expect(() => parseCase(data, 'x.json')).toThrow(message);
  });
});

describe('loadCases', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true });
  });

  it('reads the JSON files of a folder in name order, skipping other files', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'conformance-'));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ ...sampleCase, id: 'b' }));
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ ...sampleCase, id: 'a' }));
    writeFileSync(path.join(dir, 'README.md'), '# not a case');
    expect(loadCases(dir).map((c) => c.id)).toEqual(['a', 'b']);
  });
});
