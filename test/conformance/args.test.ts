import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConformanceArgs } from '../../scripts/conformance/args.js';
import { selectCases } from '../../scripts/conformance/select.js';
import { sampleCase } from './sample-case.js';

describe('parseConformanceArgs', () => {
  it('defaults to every case of ../shared/conformance/cases beside the repository', () => {
    expect(parseConformanceArgs([], '/work/repo')).toEqual({
      casesDir: path.resolve('/work/shared/conformance/cases'),
      json: false,
      tags: [],
      id: undefined,
      subsetOnly: false,
      timeoutMs: 5000,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseConformanceArgs(['--cases', '/c', '--json', '--filter', 'map', '--filter', 'choice', '--id', 'wait', '--subset', '--timeout', '100'], '/r'),
    ).toEqual({ casesDir: path.resolve('/c'), json: true, tags: ['map', 'choice'], id: 'wait', subsetOnly: true, timeoutMs: 100, help: false });
  });

  it('resolves a relative cases folder against the working directory', () => {
    expect(parseConformanceArgs(['--cases', 'here'], '/r').casesDir).toBe(path.resolve(process.cwd(), 'here'));
  });

  it('rejects unknown options and bad timeouts', () => {
    expect(() => parseConformanceArgs(['--nope'], '/r')).toThrow(/nope/);
    expect(() => parseConformanceArgs(['--timeout', 'soon'], '/r')).toThrow(/--timeout must be a positive whole number/);
  });
});

describe('selectCases', () => {
  const cases = [
    { ...sampleCase, id: 'map-one', tags: ['map', 'pass'] },
    { ...sampleCase, id: 'choice-two', tags: ['choice'] },
    { ...sampleCase, id: 'jsonata-map', tags: ['map'], queryLanguage: 'JSONata' as const },
  ];
  const ids = (args: Parameters<typeof selectCases>[1]) => selectCases(cases, args).map((c) => c.id);

  it('selects by any of the tags, by id substring and by subset', () => {
    expect(ids({ tags: [], id: undefined, subsetOnly: false })).toEqual(['map-one', 'choice-two', 'jsonata-map']);
    expect(ids({ tags: ['map', 'choice'], id: undefined, subsetOnly: false })).toEqual(['map-one', 'choice-two', 'jsonata-map']);
    expect(ids({ tags: ['map'], id: undefined, subsetOnly: true })).toEqual(['map-one']);
    expect(ids({ tags: [], id: 'two', subsetOnly: false })).toEqual(['choice-two']);
  });
});
