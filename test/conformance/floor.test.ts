import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../scripts/conformance/case-file.js';
import { runCases } from '../../scripts/conformance/run-case.js';
import { EXECUTOR_SUBSET, isExecutorSubset } from '../../scripts/conformance/subset.js';
import { startExecution } from '../../src/runtime/index.js';
import { readConformance } from '../support/conformance.js';

// The floors may only go up: the executor issue's JSONPath subset (issue 4, "Conformance runner")
// and every case, JSONata and variables included (issue 5).
const floor = JSON.parse(readFileSync(new URL('../conformance-floor.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const cases = readConformance<unknown>('cases').map(({ name, data }) => parseCase(data, name));
const ALL_CASES = 'all';
const groups = [
  { key: EXECUTOR_SUBSET, cases: cases.filter((c) => isExecutorSubset(c)) },
  { key: ALL_CASES, cases },
];

describe('conformance floor', () => {
  it('reads the recorded cases (../shared/conformance/cases, required under CI)', () => {
    if (process.env.CI) expect(cases.length).toBeGreaterThan(0);
    for (const { key } of groups) expect(typeof floor[key], `floor '${key}'`).toBe('number');
  });

  for (const group of groups) {
    it.skipIf(cases.length === 0)(`passes at least the '${group.key}' floor of test/conformance-floor.json`, { timeout: 180_000 }, async () => {
      const expected = floor[group.key] as number;
      expect(group.cases.length).toBeGreaterThanOrEqual(expected);
      const outcomes = await runCases(group.cases, { start: startExecution });
      const failures = outcomes.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason ?? ''}`);
      const passed = outcomes.length - failures.length;
      expect(passed, `${passed} of ${group.cases.length} cases pass, below the floor of ${expected}; failing:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(expected);
    });
  }
});
