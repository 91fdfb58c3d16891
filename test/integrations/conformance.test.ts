import { describe, expect, it } from 'vitest';
import { parseResource, type ResourceUsage } from '../../src/integrations/index.js';
import { readConformance } from '../support/conformance.js';

type Json = Record<string, unknown>;

interface Found {
  readonly file: string;
  readonly resource: unknown;
  readonly usage: ResourceUsage;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every Task / ItemReader / ResultWriter resource of a States map, through Parallel branches and Map processors. */
function collect(file: string, states: unknown, out: Found[]): void {
  if (!isObject(states)) return;
  for (const state of Object.values(states)) {
    if (!isObject(state)) continue;
    if (state.Type === 'Task') out.push({ file, resource: state.Resource, usage: 'task' });
    if (isObject(state.ItemReader)) out.push({ file, resource: state.ItemReader.Resource, usage: 'item-reader' });
    if (isObject(state.ResultWriter)) out.push({ file, resource: state.ResultWriter.Resource, usage: 'result-writer' });
    for (const branch of Array.isArray(state.Branches) ? state.Branches : []) if (isObject(branch)) collect(file, branch.States, out);
    for (const processor of [state.ItemProcessor, state.Iterator]) if (isObject(processor)) collect(file, processor.States, out);
  }
}

function expectAllValid(found: readonly Found[]): void {
  const refused = found
    .map((f) => ({ ...f, parsed: parseResource(f.resource as string, f.usage) }))
    .filter((f) => f.parsed.kind === 'invalid');
  expect(refused).toEqual([]);
}

describe('Task resources of the recorded executions (conformance/cases)', () => {
  const cases = readConformance<{ definition: Json }>('cases');
  const found: Found[] = [];
  for (const { name, data } of cases) collect(name, data.definition.States, found);

  it.skipIf(cases.length === 0)('finds every resource, nested ones included', () => {
    expect(cases.length).toBe(455);
    expect(found.length).toBe(22);
    expect(new Set(found.map((f) => f.file)).size).toBe(21);
    expect(found.every((f) => typeof f.resource === 'string')).toBe(true);
  });

  it.skipIf(cases.length === 0)('parses each one as valid, since AWS ran them', () => expectAllValid(found));
});

describe('resources of the TestState recordings (conformance/test-state)', () => {
  const recordings = readConformance<{ state: Json; definition?: Json; expected: Json }>('test-state');
  const found: Found[] = [];
  for (const { name, data } of recordings) {
    if ('exception' in data.expected) continue;
    collect(name, { state: data.state }, found);
    if (data.definition !== undefined) collect(name, data.definition.States, found);
  }

  it.skipIf(recordings.length === 0)('finds Task and ItemReader resources', () => {
    expect(found.filter((f) => f.usage === 'task').length).toBeGreaterThan(0);
    expect(found.filter((f) => f.usage === 'item-reader').length).toBeGreaterThan(0);
  });

  it.skipIf(recordings.length === 0)('parses each one as valid, since AWS accepted them', () => expectAllValid(found));
});
