import { describe, expect, it } from 'vitest';
import { range } from '../../src/jsonata/functions/range.js';
import { execute } from '../../src/runtime/index.js';

const intrinsic = (expression: string, input: unknown = {}): ReturnType<typeof execute> =>
  execute({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'v.$': expression }, End: true } } }, { input });
const jsonata = (expression: string): ReturnType<typeof execute> =>
  execute({ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Output: `{% ${expression} %}`, End: true } } });

describe('AWS limits of intrinsic and JSONata functions', () => {
  it('States.ArrayRange gives 1,000 items and refuses 1,001 with the intrinsic-function error', async () => {
    expect(((await intrinsic('States.ArrayRange(1, 1000, 1)')).output as { v: unknown[] }).v).toHaveLength(1000);
    const refused = await intrinsic('States.ArrayRange(1, 1001, 1)');
    expect(refused).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(refused.cause).toContain('There was an error while evaluating the intrinsic function: States.ArrayRange(1, 1001, 1)');
  });

  it('States.Hash and States.Base64Encode take 10,000 characters and refuse 10,001', async () => {
    for (const call of ["States.Hash($.s, 'SHA-256')", 'States.Base64Encode($.s)']) {
      expect((await intrinsic(call, { s: 'a'.repeat(10_000) })).status).toBe('SUCCEEDED');
      const refused = await intrinsic(call, { s: 'a'.repeat(10_001) });
      expect(refused).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
      expect(refused.cause).toContain(`There was an error while evaluating the intrinsic function: ${call}`);
    }
  });

  it('$range refuses more than 10,000,000 numbers as a query error instead of exhausting the process', async () => {
    const refused = await jsonata('$count($range(0, 1e12, 1))');
    expect(refused).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(refused.cause).toContain('$range: the range must not have more than 10000000 numbers');
    expect(() => range(5, -1e7, -1)).toThrow('must not have more than');
    expect(range(0, 3 * 9_999_999, 3)).toHaveLength(10_000_000);
  });

  it('$hash names the algorithms it knows for an algorithm such as "toString"', async () => {
    const refused = await jsonata('$hash("a", "toString")');
    expect(refused).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(refused.cause).toContain('$hash: the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was "toString"');
  });
});
