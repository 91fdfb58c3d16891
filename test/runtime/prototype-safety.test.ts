import { describe, expect, it } from 'vitest';
import { execute } from '../../src/runtime/index.js';

// JSON.parse makes `__proto__` an own key, as any JSON input from outside arrives.
const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "safe": 1}') as unknown;

describe('inputs with __proto__, constructor and prototype keys', () => {
  it('pass through every data-flow step as data and leave Object.prototype untouched', async () => {
    const result = await execute(
      {
        StartAt: 'Paths',
        States: {
          Paths: {
            Type: 'Pass',
            Parameters: { 'proto.$': '$.__proto__', 'ctor.$': '$.constructor.prototype', 'copy.$': '$' },
            ResultPath: '$.__proto__.polluted',
            Assign: { 'p.$': '$.proto' },
            Next: 'Write',
          },
          Write: { Type: 'Pass', Result: { polluted: 'yes' }, ResultPath: '$.constructor.prototype', Next: 'Ata' },
          Ata: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $merge([$states.input, {"__proto__": {"polluted": "yes"}}]) %}', End: true },
        },
      },
      { input: hostile },
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const written = result.events.find((e) => e.stateExitedEventDetails?.name === 'Write')?.stateExitedEventDetails?.output as Record<string, unknown>;
    expect(Object.hasOwn(written, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(written)).toBe(Object.prototype);
    expect(Object.hasOwn(written.constructor as object, 'prototype')).toBe(true);
  });
});

describe('a __proto__ key through JSONata', () => {
  const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}') as unknown;
  const machine = (output: string): object => ({
    StartAt: 'Ata',
    States: {
      Ata: { Type: 'Pass', QueryLanguage: 'JSONata', Output: output, Next: 'Read' },
      Read: { Type: 'Pass', Parameters: { 'all.$': '$', 'polluted.$': '$.polluted' }, End: true },
    },
  });

  it('stays a key of the result: the object keeps Object.prototype and no field is inherited from it', async () => {
    const result = await execute(machine('{% $states.input %}'), { input });
    // '$.polluted' is not a key of the result, so the JSONPath state fails to find it.
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain(`could not be found in the input '{"__proto__":{"polluted":"yes"},"a":1}'`);
    const output = result.events.find((e) => e.stateExitedEventDetails?.name === 'Ata')?.stateExitedEventDetails?.output as object;
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.hasOwn(output, '__proto__')).toBe(true);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it("is dropped by JSONata's own object construction ($merge), as in jsonata 2.0.6, without polluting anything", async () => {
    const result = await execute(machine('{% $merge([$states.input, {"b": 2}]) %}'), { input });
    expect(result.cause).toContain(`could not be found in the input '{"a":1,"b":2}'`);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
