import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validatorProperty } from '../support/fuzz/properties.js';
import { SEED } from './fuzz-settings.js';

describe('validate on any JSON value', { timeout: 60_000 }, () => {
  it('never throws, and every diagnostic has a code, a severity, a message and a pointer into the definition', () => {
    fc.assert(validatorProperty, { seed: SEED, numRuns: 800 });
  });
});
