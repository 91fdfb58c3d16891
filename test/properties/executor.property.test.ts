import fc from 'fast-check';
import { describe, it } from 'vitest';
import { determinismProperty, executorProperty } from '../support/fuzz/properties.js';
import { SEED } from './fuzz-settings.js';

describe('execute on generated definitions the validator accepts', () => {
  it('ends SUCCEEDED, FAILED or TIMED_OUT on the virtual clock (or at the history limit), with JSON output and history', { timeout: 120_000 }, async () => {
    await fc.assert(executorProperty, { seed: SEED, numRuns: 700 });
  });

  it('gives the same result twice for the same seed', { timeout: 120_000 }, async () => {
    await fc.assert(determinismProperty, { seed: SEED, numRuns: 150 });
  });
});
