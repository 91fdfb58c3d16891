import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/runtime/random.js';
import { evaluationCause, failure, run } from './evaluate-helpers.js';

// Sources as in evaluate-arrays.test.ts.

type Ok = readonly [string, unknown, unknown];
type Invalid = readonly [string, unknown];

function expectInvalid(text: string, input: unknown): void {
  const name = /^States\.\w+/.exec(text)?.[0] ?? '';
  expect(failure(text, input).cause).toBe(evaluationCause(text, `Invalid arguments in ${name}`));
}

describe('States.MathAdd', () => {
  it.each<Ok>([
    ['States.MathAdd($.a, $.b)', { a: -9, b: 3 }, -6], // oracle intrinsic-math-operations-math-add-0
    ['States.MathAdd($.a, $.b)', { a: 1.5, b: 1.51 }, 4], // oracle …-math-add-2: each operand rounded
    ['States.MathAdd($.a, $.b)', { a: -1.5, b: -1.51 }, -3], // oracle …-math-add-4
    ['States.MathAdd($.a, $.b)', { a: 1.49, b: -1.49 }, 0], // oracle …-math-add-6
    ['States.MathAdd($.a, $.b)', { a: -1.5, b: 0 }, -1], // oracle …-math-add-10: half up
    ['States.MathAdd($.a, $.b)', { a: -2.5, b: 0 }, -2], // oracle …-math-add-19
    ['States.MathAdd($.a, $.b)', { a: 0.5, b: 0 }, 1], // oracle …-math-add-12
    ['States.MathAdd($.a, $.b)', { a: 1.6, b: 2.7 }, 5], // AWS MathAdd-005
    ['States.MathAdd(2147483647, 0)', {}, 2147483647],
    ['States.MathAdd(-2147483647, -1)', {}, -2147483648],
    ['States.MathAdd(States.MathAdd($.x, 1), 2)', { x: 5 }, 8],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it.each<Invalid>([
    ['States.MathAdd(2147483647, 1)', {}], // AWS MathAdd-011
    ['States.MathAdd(-2147483648, -1)', {}],
    ['States.MathAdd(3000000000, 1)', {}], // AWS MathAdd-013
    ["States.MathAdd('a', 1)", {}], // AWS MathAdd-017
    ["States.MathAdd('1.5', 2)", {}],
    ['States.MathAdd(null, 1)', {}],
    ['States.MathAdd(true, 1)', {}],
    ['States.MathAdd(-1, $.p)', { p: [0, 1] }],
    ['States.MathAdd(1)', {}], // AWS MathAdd-021: the count is checked when it runs
    ['States.MathAdd(1, 2, 999)', {}],
  ])('rejects %s', expectInvalid);
});

describe('States.MathRandom', () => {
  // All recorded on AWS: a seed gives new java.util.Random(seed).nextInt(end - start) + start.
  it.each<Ok>([
    ['States.MathRandom(1, 100, 42)', {}, 63], // AWS MathRandom-002
    ['States.MathRandom(1, 1000, 1)', {}, 106], // AWS MathRandom-003
    ['States.MathRandom(1, 1000, 2)', {}, 806], // AWS MathRandom-003
    ['States.MathRandom(1, 10, -10)', {}, 1], // AWS MathRandom-015
    ['States.MathRandom(1, 10, 0)', {}, 7], // AWS MathRandom-016
    ['States.MathRandom($.s, $.e, $.seed)', { s: 2147483640, e: 2147483647, seed: 1 }, 2147483644], // AWS MathRandom-022
    ['States.MathRandom(States.MathAdd($.b, 1), States.MathAdd($.b, 5), 42)', { b: 0 }, 3], // AWS MathRandom-019
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it('draws from the execution random source without a seed, in [start, end)', () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 500 }, () => run('States.MathRandom(-2, 3)', {}, random) as number);
    expect(new Set(values)).toEqual(new Set([-2, -1, 0, 1, 2]));
    expect(run('States.MathRandom(12.5, 44.51)', {}, { next: () => 0.999999 })).toBe(43); // truncated bounds
    expect(run('States.MathRandom(1, 5)', {}, seededRandom(9))).toBe(run('States.MathRandom(1, 5)', {}, seededRandom(9)));
  });

  it.each<Invalid>([
    ['States.MathRandom(1, 1)', {}],
    ['States.MathRandom(10, 5)', {}],
    ['States.MathRandom(1.4, 1.6)', {}], // noted: truncation collapses the range
    ["States.MathRandom('a', 10)", {}],
    ["States.MathRandom(1, 10, 'seed')", {}],
    ['States.MathRandom(1, 10, null)', {}],
    ['States.MathRandom(-2147483648, 2147483647)', {}],
    ['States.MathRandom(1)', {}],
  ])('rejects %s', expectInvalid);
});

describe('States.UUID', () => {
  it('is a version 4 UUID from the random source', () => {
    const uuid = run('States.UUID()', {}, seededRandom(1)) as string;
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(run('States.UUID()', {}, seededRandom(1))).toBe(uuid);
    expect(run('States.UUID()', {}, seededRandom(2))).not.toBe(uuid);
  });

  it('takes no argument', () => expectInvalid("States.UUID('x')", {}));
});

describe('States.Base64Encode and States.Base64Decode', () => {
  it.each<Ok>([
    ['States.Base64Encode($.s)', { s: 'Data to encode' }, 'RGF0YSB0byBlbmNvZGU='],
    ["States.Base64Encode('')", {}, ''],
    ["States.Base64Encode('>>>')", {}, 'Pj4+'],
    ["States.Base64Encode('✓')", {}, '4pyT'],
    ['States.Base64Decode($.s)', { s: 'RGF0YSB0byBlbmNvZGU=' }, 'Data to encode'], // oracle intrinsic-encode-decode-base-64-decode-1
    ["States.Base64Decode('44GT44KT44Gr44Gh44Gv')", {}, 'こんにちは'],
    ["States.Base64Decode('YWJjAGRlZg==')", {}, 'abc\u0000def'],
    ["States.Base64Decode('YWJjZA')", {}, 'abcd'], // lenient about padding
    ['States.Base64Decode(States.Base64Encode($.s))', { s: 'round trip' }, 'round trip'],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it('accepts 10,000 characters and no more', () => {
    expect(run('States.Base64Encode($.s)', { s: 'a'.repeat(10_000) })).toHaveLength(13_336);
    expect(run('States.Base64Decode($.s)', { s: 'A'.repeat(9_999) })).toBe('\u0000'.repeat(7_499)); // AWS Base64Decode-006
    expectInvalid('States.Base64Encode($.s)', { s: 'a'.repeat(10_001) });
    expectInvalid('States.Base64Decode($.s)', { s: 'A'.repeat(10_001) }); // AWS Base64Decode-008
  });

  it.each<Invalid>([
    ['States.Base64Encode($.n)', { n: 5 }],
    ['States.Base64Decode(123)', {}],
    ['States.Base64Decode($.o)', { o: {} }],
    ['States.Base64Decode()', {}],
  ])('rejects %s', expectInvalid);
});

describe('States.Hash', () => {
  it.each<Ok>([
    ['States.Hash($.d, $.a)', { d: 'input data', a: 'MD5' }, '812f45842bc6d66ee14572ce20db8e86'], // oracle intrinsic-hash-calculations-hash-0
    ['States.Hash($.d, $.a)', { d: 'input data', a: 'SHA-1' }, 'aaff4a450a104cd177d28d18d74485e8cae074b7'], // oracle …-hash-1
    ['States.Hash($.d, $.a)', { d: 'input data', a: 'SHA-256' }, 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3'],
    [
      'States.Hash($.d, $.a)',
      { d: 'input data', a: 'SHA-384' },
      'd28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562',
    ],
    [
      'States.Hash($.d, $.a)',
      { d: 'input data', a: 'SHA-512' },
      '6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4',
    ], // oracle …-hash-4
    ["States.Hash('こんにちは', 'SHA-256')", {}, '125aeadf27b0459b8760c13a3d80912dfa8a81a68261906f60d87f4a0268646c'],
    ["States.Hash(States.Format('{}:{}', $.a, $.b), 'SHA-256')", { a: 'x', b: 'y' }, '1274e286686b54fe765ec40735665b4bf789cee2a5b22124c5e0491a88e15271'],
    ["States.Hash(123, 'MD5')", {}, '202cb962ac59075b964b07152d234b70'], // noted: AWS hashes a number's text
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it('accepts 10,000 characters and no more', () => {
    expect(run("States.Hash($.s, 'SHA-256')", { s: 'a'.repeat(10_000) })).toMatch(/^[0-9a-f]{64}$/);
    expectInvalid("States.Hash($.s, 'SHA-256')", { s: 'a'.repeat(10_001) }); // AWS Hash-013
  });

  it.each<Invalid>([
    ["States.Hash('data', 'UNSUPPORTED')", {}], // AWS Hash-020
    ["States.Hash('hello', 123)", {}], // AWS Hash-016
    ["States.Hash('data', 'sha-256')", {}],
    ["States.Hash('data', 'SHA256')", {}],
    ["States.Hash('data', '')", {}],
    ["States.Hash('data', 'MD-5')", {}],
    ["States.Hash('hello')", {}],
  ])('rejects %s', expectInvalid);
});
