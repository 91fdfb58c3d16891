import { describe, expect, it } from 'vitest';
import { checkIntrinsic, INTRINSIC_FUNCTIONS, looksLikeIntrinsic } from '../../src/intrinsics/functions.js';

describe('INTRINSIC_FUNCTIONS', () => {
  it('lists the 18 AWS intrinsics', () => {
    expect([...INTRINSIC_FUNCTIONS.keys()].sort()).toEqual([
      'States.Array',
      'States.ArrayContains',
      'States.ArrayGetItem',
      'States.ArrayLength',
      'States.ArrayPartition',
      'States.ArrayRange',
      'States.ArrayUnique',
      'States.Base64Decode',
      'States.Base64Encode',
      'States.Format',
      'States.Hash',
      'States.JsonMerge',
      'States.JsonToString',
      'States.MathAdd',
      'States.MathRandom',
      'States.StringSplit',
      'States.StringToJson',
      'States.UUID',
    ]);
  });
});

describe('checkIntrinsic', () => {
  const a = (n: number): string => Array.from({ length: n }, (_, i) => `$.a${i}`).join(', ');

  it.each<[string, number, number]>([
    ['States.Format', 1, 6],
    ['States.StringToJson', 1, 1],
    ['States.JsonToString', 1, 1],
    ['States.Array', 0, 6],
    ['States.ArrayPartition', 2, 2],
    ['States.ArrayContains', 2, 2],
    ['States.ArrayRange', 3, 3],
    ['States.ArrayGetItem', 2, 2],
    ['States.ArrayLength', 1, 1],
    ['States.ArrayUnique', 1, 1],
    ['States.Base64Encode', 1, 1],
    ['States.Base64Decode', 1, 1],
    ['States.Hash', 2, 2],
    ['States.JsonMerge', 3, 3],
    ['States.MathRandom', 2, 3],
    ['States.MathAdd', 2, 2],
    ['States.StringSplit', 2, 2],
    ['States.UUID', 0, 0],
  ])('%s accepts %i to %i arguments', (name, min, max) => {
    for (let n = min; n <= max; n++) expect(checkIntrinsic(`${name}(${a(n)})`).ok, `${n} arguments`).toBe(true);
    if (min > 0) expect(checkIntrinsic(`${name}(${a(min - 1)})`).ok).toBe(false);
    if (max < 6) expect(checkIntrinsic(`${name}(${a(max + 1)})`).ok).toBe(false);
  });

  it.each<[string, string, number]>([
    ['States.MathAdd(1, 2, 3)', 'States.MathAdd takes 2 arguments, got 3', 0],
    ['States.ArrayLength()', 'States.ArrayLength takes 1 argument, got 0', 0],
    ['States.UUID(1)', 'States.UUID takes no arguments, got 1', 0],
    ['States.MathRandom(1)', 'States.MathRandom takes 2 or 3 arguments, got 1', 0],
    ['States.Format()', 'States.Format takes at least 1 argument, got 0', 0],
    ['States.Foo()', 'Unknown intrinsic function States.Foo', 0],
    ['States.uuid()', "Unknown intrinsic function States.uuid (did you mean 'States.UUID'?)", 0],
    ['States.Array(1, States.Nope())', 'Unknown intrinsic function States.Nope', 16],
    ['States.Array(States.Array(States.MathAdd(1)))', 'States.MathAdd takes 2 arguments, got 1', 26],
    ['States.Nope(States.MathAdd(1))', 'Unknown intrinsic function States.Nope', 0],
    ["States.Format('a\\qb')", "Illegal escape sequence '\\q' at offset 16 in a string literal: only \\', \\{, \\} and \\\\ are allowed", 16],
  ])('%s', (text, message, offset) => {
    expect(checkIntrinsic(text)).toEqual({ ok: false, message, offset });
  });

  it('returns the parsed call when every call is known', () => {
    expect(checkIntrinsic('States.Array(States.UUID())')).toMatchObject({ ok: true, depth: 2, calls: 2 });
  });
});

describe('looksLikeIntrinsic', () => {
  it.each([
    ['States.UUID()', true],
    ['States.Format(', true],
    ['States.Foo(garbage', true],
    ['States.UUID', false],
    ['States.(', false],
    [' States.UUID()', false],
    ['states.UUID()', false],
    ['$.States', false],
    ['States.ALL', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeIntrinsic(text)).toBe(expected);
  });
});

describe('checkIntrinsic suggestions', () => {
  it('suggests the closest function name for a misspelling', () => {
    expect(checkIntrinsic('States.Formt(1)')).toMatchObject({ ok: false, message: "Unknown intrinsic function States.Formt (did you mean 'States.Format'?)" });
  });
});
