import { describe, expect, it } from 'vitest';
import { evaluateJsonata, type JsonataScope } from '../../src/jsonata/evaluate.js';
import { hash } from '../../src/jsonata/functions/hash.js';
import { parseJson } from '../../src/jsonata/functions/parse-json.js';
import { partition } from '../../src/jsonata/functions/partition.js';
import { range } from '../../src/jsonata/functions/range.js';
import { seededRandom, type RandomSource } from '../../src/runtime/random.js';

function scope(input: unknown = {}, random: RandomSource = seededRandom(1)): JsonataScope {
  return { states: { input, context: {} }, variables: {}, random, field: 'Output', stateName: 'S' };
}

const evaluate = (body: string, input?: unknown, random?: RandomSource) => evaluateJsonata(body, scope(input, random));

describe('$partition', () => {
  it.each<[string, unknown]>([
    ['$partition([1,2,3,4,5,6], 2)', [[1, 2], [3, 4], [5, 6]]],
    ['$partition([1,2,3,4,5], 2)', [[1, 2], [3, 4], [5]]],
    ['$partition([0], 5)', [[0]]],
    ['$partition([], 2)', []],
    ['$partition(7, 2)', [[7]]],
  ])('%s', async (body, expected) => {
    expect(await evaluate(body)).toEqual(expected);
  });

  it('yields undefined for an undefined array', async () => {
    expect(await evaluate('$partition($states.input.none, 2)')).toBeUndefined();
  });

  it.each([0, -1, 1.5, '2', null])('refuses the size %j', (size) => {
    expect(() => partition([1], size)).toThrow(/chunk size must be a positive integer/);
  });
});

describe('$range', () => {
  it.each<[string, unknown]>([
    ['$range(0, 10, 3)', [0, 3, 6, 9]],
    ['$range(1, 9, 2)', [1, 3, 5, 7, 9]],
    ['$range(0, 10, 2)', [0, 2, 4, 6, 8, 10]],
    ['$range(5, 1, -2)', [5, 3, 1]],
    ['$range(3, 1, 1)', []],
    ['$range(2, 2, 1)', [2]],
  ])('%s', async (body, expected) => {
    expect(await evaluate(body)).toEqual(expected);
  });

  it('refuses a zero step and non-numbers', () => {
    expect(() => range(0, 3, 0)).toThrow('$range: step must not be 0');
    expect(() => range('0', 3, 1)).toThrow('$range: start, end and step must be numbers');
  });
});

describe('$hash', () => {
  it.each<[string, string]>([
    ['MD5', '900150983cd24fb0d6963f7d28e17f72'],
    ['SHA-1', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['SHA-256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%s of "abc"', async (algorithm, digest) => {
    expect(await evaluate(`$hash('abc', '${algorithm}')`)).toBe(digest);
  });

  it('gives 96 and 128 hex digits for SHA-384 and SHA-512', async () => {
    expect(await evaluate("$hash('abc', 'SHA-384')")).toMatch(/^[0-9a-f]{96}$/);
    expect(await evaluate("$hash('abc', 'SHA-512')")).toMatch(/^[0-9a-f]{128}$/);
  });

  it('defaults to SHA-256', () => {
    expect(hash('abc')).toBe(hash('abc', 'SHA-256'));
  });

  it('refuses an unknown algorithm and a non-string value', () => {
    expect(() => hash('abc', 'sha256')).toThrow(/algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512/);
    expect(() => hash(1, 'MD5')).toThrow('$hash: the value to hash must be a string');
  });
});

describe('$random', () => {
  it('draws unseeded numbers from the scope random source', async () => {
    const expected = seededRandom(9).next();
    expect(await evaluate('$random()', {}, seededRandom(9))).toBe(expected);
  });

  it('gives the same number for the same seed, whatever the source', async () => {
    const a = await evaluate('$random(42)', {}, seededRandom(1));
    const b = await evaluate('$random(42)', {}, seededRandom(2));
    const c = await evaluate('$random(43)', {}, seededRandom(1));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(1);
  });

  it('refuses a seed that is not a number', async () => {
    await expect(evaluate("$random('x')")).rejects.toMatchObject({
      cause: "The JSONata expression '$random('x')' specified for the field 'Output' threw an error during evaluation. $random: the seed must be a number",
    });
  });
});

describe('$uuid', () => {
  it('is a v4 UUID drawn from the scope random source', async () => {
    const first = await evaluate('$uuid()', {}, seededRandom(5));
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await evaluate('$uuid()', {}, seededRandom(5))).toBe(first);
    expect(await evaluate('$uuid()', {}, seededRandom(6))).not.toBe(first);
  });
});

describe('$parse', () => {
  it.each<[string, unknown]>([
    ['1', 1],
    ['1.1', 1.1],
    ['[1, 2, "HelloWorld"]', [1, 2, 'HelloWorld']],
    ['{"a":{"b":null}}', { a: { b: null } }],
  ])('%s', async (text, expected) => {
    expect(await evaluate('$parse($states.input)', text)).toEqual(expected);
  });

  it('refuses invalid JSON and non-strings', () => {
    expect(() => parseJson('{')).toThrow(/^\$parse: the argument is not valid JSON/);
    expect(() => parseJson(1)).toThrow('$parse: the argument must be a string');
  });
});

describe('$eval', () => {
  it('is not available', async () => {
    await expect(evaluate("$eval('1')")).rejects.toMatchObject({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$eval('1')' specified for the field 'Output' threw an error during evaluation. T1006: Attempted to invoke a non-function",
    });
  });
});
