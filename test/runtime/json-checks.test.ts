import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/runtime/index.js';
import { exceedsBytes } from '../../src/runtime/json-size.js';
import { checkJsonValue } from '../../src/runtime/json-value.js';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { d: [value] };
  return value;
};

describe('JSON size and shape checks', () => {
  it('never counts a value smaller than its JSON text, and at most twice as large', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const bytes = Buffer.byteLength(JSON.stringify(value));
        expect(exceedsBytes(value, bytes - 1)).toBe(true);
        expect(exceedsBytes(value, 2 * bytes + 2)).toBe(false);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('counts a number or boolean exactly as long as its JSON text', () => {
    const scalar = fc.oneof(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constantFrom(0, -0, 9, 10, -10, 1e21));
    fc.assert(
      fc.property(scalar, (value) => {
        const bytes = JSON.stringify(value).length;
        expect(exceedsBytes(value, bytes - 1)).toBe(true);
        expect(exceedsBytes(value, bytes)).toBe(false);
      }),
      { seed: 6, numRuns: 2_000 },
    );
  });

  it('checks values nested 10,000 deep without exhausting the stack', () => {
    const deep = nested(10_000);
    expect(exceedsBytes(deep, 1_000_000)).toBe(false);
    expect(exceedsBytes(deep, 1_000)).toBe(true);
    expect(() => { checkJsonValue(deep, 'the input'); }).not.toThrow();
  });

  it('finds a cycle and a non-JSON value deep down, naming what was checked', () => {
    const inner: Record<string, unknown> = {};
    const cyclic = { a: { b: inner } };
    inner.back = cyclic;
    expect(() => { checkJsonValue(cyclic, 'the result of task state X'); }).toThrow('the result of task state X is not a JSON value: it contains a cycle');
    expect(() => { checkJsonValue({ a: [1, { b: 10n }] }, 'the input'); }).toThrow('the input is not a JSON value: a bigint');
    const shared = { s: 1 };
    expect(() => { checkJsonValue({ x: shared, y: shared }, 'the input'); }).not.toThrow();
  });

  it('runs an execution whose input is nested 10,000 deep', async () => {
    const deep = nested(10_000);
    const result = await execute({ StartAt: 'Keep', States: { Keep: { Type: 'Pass', End: true } } }, { input: deep, limits: { payloadBytes: 10_000_000 } });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toBe(deep);
  });

  it('copies a JSONata result nested 10,000 deep without exhausting the stack', async () => {
    const deep = nested(10_000);
    const result = await execute(
      { QueryLanguage: 'JSONata', StartAt: 'Echo', States: { Echo: { Type: 'Pass', Output: { copy: '{% $states.input %}' }, End: true } } },
      { input: deep, limits: { payloadBytes: 10_000_000 } },
    );
    expect(result.status).toBe('SUCCEEDED');
    let level = (result.output as { copy: unknown }).copy;
    let depth = 0;
    for (; typeof level === 'object' && level !== null; depth++) {
      expect(Object.keys(level)).toEqual(['d']);
      level = (level as { d: unknown[] }).d[0];
    }
    expect([depth, level]).toEqual([10_000, 'leaf']);
  });
});
