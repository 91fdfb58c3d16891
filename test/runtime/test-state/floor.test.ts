import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTestStateCase } from '../../../scripts/test-state/case-file.js';
import { runTestStateCase } from '../../../scripts/test-state/run-case.js';
import { readConformance } from '../../support/conformance.js';

// The floor may only go up (issue 12, "Conformance").
const floor = JSON.parse(readFileSync(new URL('../../test-state-floor.json', import.meta.url), 'utf8')) as { all: number };
const cases = readConformance<unknown>('test-state').map(({ name, data }) => parseTestStateCase(data, name));

describe('TestState conformance floor', () => {
  it('reads the recorded calls (../shared/conformance/test-state, required under CI)', () => {
    if (process.env.CI) expect(cases.length).toBeGreaterThan(0);
    expect(typeof floor.all).toBe('number');
  });

  it.skipIf(cases.length === 0)('passes at least the floor of test/test-state-floor.json', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(floor.all);
    const outcomes = await Promise.all(cases.map((c) => runTestStateCase(c)));
    const failures = outcomes.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason ?? ''}`);
    const passed = outcomes.length - failures.length;
    expect(passed, `${passed} of ${cases.length} recordings pass, below the floor of ${floor.all}; failing:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(floor.all);
  });
});
