import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../scripts/conformance/case-file.js';
import { MOCK_REPLAY_EXCEPTIONS } from '../../scripts/conformance/mock-exceptions.js';
import { runCases } from '../../scripts/conformance/run-case.js';
import { startExecution } from '../../src/runtime/index.js';
import { readConformance } from '../support/conformance.js';

// Issue 6, "Conformance": every case whose tasks are replayed by mockConfig passes through the
// executor's MockConfigFile support, except the named exceptions; the count may only go up.
const floor = JSON.parse(readFileSync(new URL('../conformance-floor.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const mocked = readConformance<unknown>('cases')
  .map(({ name, data }) => parseCase(data, name))
  .filter((c) => c.mockConfig !== undefined);

describe('conformance cases replayed by mockConfig', () => {
  it('has a floor in test/conformance-floor.json', () => {
    expect(typeof floor['mocked']).toBe('number');
  });

  it.skipIf(mocked.length === 0)('all pass but the named exceptions, at least the floor', { timeout: 60_000 }, async () => {
    const outcomes = await runCases(mocked, { start: startExecution });
    const unexpected = outcomes.filter((o) => !o.pass && !MOCK_REPLAY_EXCEPTIONS.has(o.id)).map((o) => `${o.id}: ${o.reason ?? ''}`);
    expect(unexpected).toEqual([]);
    expect(outcomes.filter((o) => o.pass).length).toBeGreaterThanOrEqual(floor['mocked'] as number);
    for (const id of MOCK_REPLAY_EXCEPTIONS.keys()) expect(mocked.some((c) => c.id === id), `${id} is a recorded case`).toBe(true);
  });
});
