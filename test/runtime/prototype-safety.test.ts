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
