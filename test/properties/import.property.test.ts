import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importRoundTrip } from '../support/fuzz/import-property.js';
import { SEED } from './fuzz-settings.js';

const { property, counts, dispose } = importRoundTrip();
afterAll(dispose);

describe('statewright import on generated definitions the validator accepts', () => {
  it('gives back a deep-equal definition, or refuses it with UnsupportedFeatureError', { timeout: 120_000 }, async () => {
    await fc.assert(property, { seed: SEED, numRuns: 300 });
    // Not vacuous: most definitions import (JSONata, variables, catchers' Output and Assign too). The
    // generator makes nothing import still refuses (legacy Map fields, …): test/codegen tests refusals.
    console.log(`import property: ${JSON.stringify(counts)}`);
    expect(counts.imported, JSON.stringify(counts)).toBeGreaterThan(150);
  });
});
