import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { buildWithBuilder, builderProgram } from '../support/fuzz/builder.js';
import { SEED } from './fuzz-settings.js';

describe('definitions made with the builder', { timeout: 60_000 }, () => {
  it('validate clean, without even a warning; a program the builder refuses gets an Error naming the state', () => {
    let built = 0;
    fc.assert(
      fc.property(builderProgram, (program) => {
        let definition;
        try {
          definition = buildWithBuilder(program);
        } catch (error) {
          // The builder refuses, for one, a Choice rule whose branch is empty with nothing after the choice.
          if (error instanceof TypeError || !(error instanceof Error) || !/"(Pass|Task|Wait|Choice|Done|Failed) \d+"/u.test(error.message)) throw error;
          return;
        }
        built++;
        const diagnostics = validate(definition);
        if (diagnostics.length > 0) throw new Error(JSON.stringify(diagnostics));
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(built).toBeGreaterThan(200);
  });
});
