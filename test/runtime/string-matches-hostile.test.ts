import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileStringMatches } from '../../src/runtime/choice/string-matches.js';
import { execute } from '../../src/runtime/index.js';

/** The meaning of a pattern of `a`, `b` and `*`, as a regular expression (fine for short texts). */
function reference(pattern: string, value: string): boolean {
  return new RegExp(`^${pattern.split('*').join('.*')}$`, 'su').test(value);
}

describe('StringMatches on hostile patterns', () => {
  it('agrees with the regular-expression meaning of *', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*]{0,12}$/u), fc.stringMatching(/^[ab]{0,16}$/u), (pattern, value) => {
        expect(compileStringMatches(pattern)(value)).toBe(reference(pattern, value));
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('answers at once for 5,000 wildcards against 200,000 characters, where a backtracking regex never ends', async () => {
    // As a regex, `^(.*a){5000}.*c.*b$` against 'aaa…ab' backtracks without end; the scan reads the text once.
    const pattern = `${'*a'.repeat(5_000)}*c*b`;
    const definition = {
      StartAt: 'Match',
      States: {
        Match: { Type: 'Choice', Choices: [{ Variable: '$.text', StringMatches: pattern, Next: 'Yes' }], Default: 'No' },
        Yes: { Type: 'Succeed' },
        No: { Type: 'Fail', Error: 'NoMatch' },
      },
    };
    const long = 'a'.repeat(200_000);
    expect(await execute(definition, { input: { text: `${long}b` } })).toMatchObject({ status: 'FAILED', error: 'NoMatch' });
    expect(await execute(definition, { input: { text: `${long}cb` } })).toMatchObject({ status: 'SUCCEEDED' });
  });
});
