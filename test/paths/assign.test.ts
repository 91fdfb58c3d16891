import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPath, type AssignResult } from '../../src/paths/assign.js';
import { StatesRuntime } from '../../src/runtime/errors.js';

const ok = (value: unknown): AssignResult => ({ ok: true, value });
const fail = (path: string, target: unknown): AssignResult => ({
  ok: false,
  message: `Unable to apply ReferencePath ${path} to input ${JSON.stringify(target)}`,
});

describe('assignPath: writes', () => {
  it.each<[string, unknown, string, unknown, AssignResult]>([
    ['$ replaces an object', { a: 1 }, '$', 'r', ok('r')],
    ['$ replaces a scalar', 'text', '$', { r: 1 }, ok({ r: 1 })],
    ['$ replaces null', null, '$', 1, ok(1)],
    ['adds a key', { a: 1 }, '$.b', 2, ok({ a: 1, b: 2 })],
    ['replaces a key in place', { a: 1, b: 2, c: 3 }, '$.b', 'x', ok({ a: 1, b: 'x', c: 3 })],
    ['creates intermediate objects', { a: 1 }, '$.x.y.z', true, ok({ a: 1, x: { y: { z: true } } })],
    ['writes into a nested object', { a: { b: 1 } }, '$.a.c', 2, ok({ a: { b: 1, c: 2 } })],
    ['replaces a nested value of another type', { a: { b: [1] } }, '$.a.b', null, ok({ a: { b: null } })],
    ['bracket names', { 'my key': {} }, "$['my key']['a.b']", 1, ok({ 'my key': { 'a.b': 1 } })],
    ['an existing array element', { a: [1, 2, 3] }, '$.a[1]', 'x', ok({ a: [1, 'x', 3] })],
    ['a negative index from the end', { a: [1, 2, 3] }, '$.a[-1]', 'x', ok({ a: [1, 2, 'x'] })],
    ['into an array element', { a: [{ b: 1 }] }, '$.a[0].c', 2, ok({ a: [{ b: 1, c: 2 }] })],
    ['an element of an array document', [1, 2], '$[0]', 9, ok([9, 2])],
    ['a key under a new key of an element', { a: [{}] }, '$.a[0].b.c', 1, ok({ a: [{ b: { c: 1 } }] })],
    ['an empty key', {}, "$['']", 1, ok({ '': 1 })],
    ['the result may be any JSON', { a: 1 }, '$.a', [1, { b: null }], ok({ a: [1, { b: null }] })],
  ])('%s', (_name, target, path, value, expected) => {
    expect(assignPath(target, path, value)).toEqual(expected);
  });
});

describe('assignPath: failures (States.ResultPathMatchFailure)', () => {
  it.each<[string, unknown, string]>([
    ['a string document', 'input1', '$.someTaskResult'],
    ['a number document', 3, '$.a'],
    ['a null document', null, '$.a'],
    ['a boolean document', true, '$.a'],
    ['an array document with a key', [1], '$.a'],
    ['a key under a number', { a: 1 }, '$.a.b'],
    ['a key under a string', { a: 'x' }, '$.a.b'],
    ['a key under null', { a: null }, '$.a.b'],
    ['a key under an array', { a: [] }, '$.a.b'],
    ['an index on an object', { a: {} }, '$.a[0]'],
    ['an index past the end', { a: [1] }, '$.a[1]'],
    ['an index before the start', { a: [1] }, '$.a[-2]'],
    ['an index under a missing key', {}, '$.a[0]'],
    ['an index on a scalar', { a: 'abc' }, '$.a[0]'],
  ])('%s', (_name, target, path) => {
    expect(assignPath(target, path, 'r')).toEqual(fail(path, target));
  });

  it("uses AWS's wording, the input as JSON text", () => {
    expect(assignPath('input1', '$.someTaskResult', 1)).toEqual({
      ok: false,
      message: 'Unable to apply ReferencePath $.someTaskResult to input "input1"',
    });
  });

  it.each(['$$.a', '$var', '$var.a', '$.a[*]', '$..a', "$['a','b']", '$.a[0:1]'])('refuses %s: not a reference path into the input', (path) => {
    expect(assignPath({ a: [1] }, path, 1).ok).toBe(false);
  });

  it('throws States.Runtime for text that is not a path', () => {
    expect(() => assignPath({}, 'a.b', 1)).toThrow(StatesRuntime);
  });
});

describe('assignPath: copies, never mutates', () => {
  it('copies only the containers on the path and shares the rest', () => {
    const target = { keep: { deep: [1] }, path: { inner: { x: 1 }, sibling: { y: 2 } }, list: [{ a: 1 }, { b: 2 }] };
    const result = assignPath(target, '$.path.inner.z', 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as typeof target & { path: { inner: { z: number } } };
    expect(value).not.toBe(target);
    expect(value.keep).toBe(target.keep);
    expect(value.path).not.toBe(target.path);
    expect(value.path.sibling).toBe(target.path.sibling);
    expect(value.path.inner).toEqual({ x: 1, z: 3 });
    expect(target.path.inner).toEqual({ x: 1 });

    const listed = assignPath(target, '$.list[0].c', 1);
    expect(listed.ok && (listed.value as typeof target).list[1]).toBe(target.list[1]);
    expect(target.list[0]).toEqual({ a: 1 });
  });

  it('writes a __proto__ key as data, never as the prototype', () => {
    const result = assignPath({}, '$.__proto__', { polluted: true });
    expect(result.ok).toBe(true);
    const value = (result as { value: object }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(value)).toBe('{"__proto__":{"polluted":true}}');
  });

  it('never mutates its input (property)', () => {
    const key = fc.constantFrom('a', 'b', 'c', '__proto__');
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant(null),
        fc.integer(),
        fc.string(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const step = fc.oneof(
      key.map((k) => `['${k}']`),
      fc.integer({ min: -2, max: 2 }).map((i) => `[${i}]`),
    );
    fc.assert(
      fc.property(json, fc.array(step, { maxLength: 4 }), json, (target, steps, value) => {
        const before = JSON.stringify(target);
        const frozen = deepFreeze(structuredClone(target));
        const result = assignPath(frozen, `$${steps.join('')}`, value);
        expect(JSON.stringify(frozen)).toBe(before);
        if (result.ok && steps.length === 0) expect(result.value).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
