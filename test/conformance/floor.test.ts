import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../scripts/conformance/case-file.js';
import { runCases } from '../../scripts/conformance/run-case.js';
import { EXECUTOR_SUBSET, isExecutorSubset } from '../../scripts/conformance/subset.js';
import { startExecution } from '../../src/runtime/index.js';
import { readConformance } from '../support/conformance.js';

// The executor issue's floor: the subset's pass count may only go up (issue 4, "Conformance runner").
const floor = JSON.parse(readFileSync(new URL('../conformance-floor.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const cases = readConformance<unknown>('cases').map(({ name, data }) => parseCase(data, name));
const subset = cases.filter((c) => isExecutorSubset(c));

describe('conformance floor', () => {
  it('reads the recorded cases (../shared/conformance/cases, required under CI)', () => {
    if (process.env.CI) expect(cases.length).toBeGreaterThan(0);
    expect(typeof floor[EXECUTOR_SUBSET]).toBe('number');
  });

  it.skipIf(cases.length === 0)(`passes at least the ${EXECUTOR_SUBSET} floor of test/conformance-floor.json`, { timeout: 120_000 }, async () => {
    const expected = floor[EXECUTOR_SUBSET] as number;
    expect(subset.length).toBeGreaterThanOrEqual(expected);
    const outcomes = await runCases(subset, { start: startExecution });
    const failures = outcomes.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason ?? ''}`);
    const passed = outcomes.length - failures.length;
    expect(passed, `${passed} of ${subset.length} cases pass, below the floor of ${expected}; failing:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(expected);
  });
});
