import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWithBuilder, builderProgram } from '../support/fuzz/builder.js';
import { builderProperty } from '../support/fuzz/properties.js';
import { SEED } from './fuzz-settings.js';

describe('definitions made with the builder', { timeout: 60_000 }, () => {
  it('validate without errors, warning only about user data that looks like a path; a program the builder refuses gets an Error naming the state', () => {
    fc.assert(builderProperty, { seed: SEED, numRuns: 300 });
  });

  it('are mostly accepted by the builder, so the property is not vacuous', () => {
    const built = fc.sample(builderProgram, { numRuns: 300, seed: SEED }).filter((program) => {
      try {
        buildWithBuilder(program);
        return true;
      } catch {
        return false;
      }
    });
    expect(built.length).toBeGreaterThan(200);
  });
});
