import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';

const PROTOTYPE_KEYS = ['valueOf', 'toString', 'constructor', 'hasOwnProperty', '__proto__'];
/** An object with `key` as an own field, as JSON.parse makes it (an object literal would set the prototype for `__proto__`). */
const withKey = (key: string, rest: object, value: unknown = 1): Record<string, unknown> => ({ ...rest, ...(JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as object) });
const pass = { Type: 'Pass', End: true };

describe('fields named like Object.prototype members', () => {
  it.each(PROTOTYPE_KEYS)('reports %s as an unsupported field of the machine, a state and a Map processor', (key) => {
    expect(validate(withKey(key, {}, false))).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '', message: 'These fields are required: [StartAt, States]' },
      { code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '', message: `Field '${key}' is not supported` },
    ]);
    expect(validate({ StartAt: 'A', States: { A: withKey(key, pass) } })).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '/States/A', message: `Field '${key}' is not supported (Pass states do not have it)` },
    ]);
    const processor = withKey(key, { StartAt: 'B', States: { B: pass } });
    expect(validate({ StartAt: 'A', States: { A: { Type: 'Map', ItemProcessor: processor, End: true } } })).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '/States/A/ItemProcessor', message: `Field '${key}' is not supported` },
    ]);
  });

  it('reports hasOwnProperty in a Choice rule once, as unsupported, not as a path field', () => {
    const rule = { Variable: '$.a', hasOwnProperty: 'x', StringEquals: 'a', Next: 'B' };
    expect(validate({ StartAt: 'A', States: { A: { Type: 'Choice', Choices: [rule] }, B: pass } })).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '/States/A/Choices/0', message: "Field 'hasOwnProperty' is not supported in a Choice rule" },
    ]);
  });
});
