import { describe, expect, it } from 'vitest';
import { evaluationCause, failure, run } from './evaluate-helpers.js';

// Sources: "oracle <id>" = ../shared/conformance case; "AWS <id>" = an AWS-recorded snapshot of the
// tiny-asl-machine suite (tests/conformance/cases/.snapshots/aws/<id>.json); "noted" = behaviour
// that suite reports from AWS without a stored snapshot.

/** Rows of [expression, input, expected]. */
type Ok = readonly [string, unknown, unknown];
/** Rows of [expression, input]: AWS answers `Invalid arguments in <function>`. */
type Invalid = readonly [string, unknown];

function expectInvalid(text: string, input: unknown): void {
  const name = /^States\.\w+/.exec(text)?.[0] ?? '';
  const error = failure(text, input);
  expect(error.error).toBe('States.Runtime');
  expect(error.cause).toBe(evaluationCause(text, `Invalid arguments in ${name}`));
}

describe('States.Array', () => {
  it.each<Ok>([
    ['States.Array()', {}, []],
    ['States.Array($.a, $.b)', { a: '', b: '' }, ['', '']], // oracle intrinsic-array-2-0
    ["States.Array(1, 'a', null, true, 1.5)", {}, [1, 'a', null, true, 1.5]],
    ['States.Array($.o, $.o)', { o: { Arg1: 1, Arg2: [] } }, [{ Arg1: 1, Arg2: [] }, { Arg1: 1, Arg2: [] }]], // oracle intrinsic-array-2-7
    ['States.Array(States.Array(1), States.MathAdd(1, 1))', {}, [[1], 2]],
  ])('%s', (text, input, expected) => expect(run(text, input)).toEqual(expected));
});

describe('States.ArrayPartition', () => {
  it.each<Ok>([
    ['States.ArrayPartition($.a, 1)', { a: [] }, []], // oracle intrinsic-array-partition-0
    ['States.ArrayPartition($.a, 2)', { a: [0, 1, 2] }, [[0, 1], [2]]], // oracle intrinsic-array-partition-16
    ['States.ArrayPartition($.a, 4)', { a: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, [[1, 2, 3, 4], [5, 6, 7, 8], [9]]],
    ['States.ArrayPartition($.a, 2.4)', { a: [1, 2, 3, 4, 5] }, [[1, 2], [3, 4], [5]]], // AWS ArrayPartition-009
    ['States.ArrayPartition($.a, 2.6)', { a: [1, 2, 3, 4, 5] }, [[1, 2], [3, 4], [5]]], // noted: truncated, not rounded
    ['States.ArrayPartition($.a, 2147483647)', { a: [1, 2, 3] }, [[1, 2, 3]]], // AWS ArrayPartition-024
    ['States.ArrayPartition(States.Array(1,2,3,4,5), 2)', {}, [[1, 2], [3, 4], [5]]],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toEqual(expected));

  it.each<Invalid>([
    ['States.ArrayPartition($.a, 0)', { a: [1, 2, 3] }],
    ['States.ArrayPartition($.a, -1)', { a: [1, 2, 3] }],
    ['States.ArrayPartition($.a, 0.49)', { a: [1, 2, 3] }],
    ['States.ArrayPartition($.a, -0.4)', { a: [1, 2, 3] }],
    ['States.ArrayPartition($.a, 0.6)', { a: [1, 2, 3] }], // noted: truncated to 0
    ["States.ArrayPartition($.a, '2')", { a: [1, 2, 3] }],
    ['States.ArrayPartition($.a, null)', { a: [1, 2, 3] }],
    ['States.ArrayPartition($.a, 3000000000)', { a: [1] }],
    ["States.ArrayPartition('not-array', 2)", {}],
    ['States.ArrayPartition($.a)', { a: [1] }],
  ])('rejects %s', expectInvalid);
});

describe('States.ArrayContains', () => {
  it.each<Ok>([
    ['States.ArrayContains($.a, $.v)', { a: [], v: null }, false], // oracle intrinsic-array-contains-0
    ['States.ArrayContains($.a, $.v)', { a: [[1, 2, 3], 2], v: null }, false], // oracle intrinsic-array-contains-3
    ['States.ArrayContains($.a, $.v)', { a: [[1, 2, 3], 2], v: [1, 2, 3] }, true], // oracle intrinsic-array-contains-4
    ['States.ArrayContains($.a, $.v)', { a: [{ 1: 2, 2: [] }], v: [] }, false], // oracle intrinsic-array-contains-5
    ['States.ArrayContains($.a, $.v)', { a: [{ x: 1, y: [2] }], v: { y: [2], x: 1 } }, true],
    ['States.ArrayContains($.a, $.v)', { a: [[1, 2]], v: [2, 1] }, false],
    ['States.ArrayContains($.a, false)', { a: [true, false] }, true], // oracle intrinsic-array-contains-8
    ["States.ArrayContains($.a, '1')", { a: [1] }, false],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it.each<Invalid>([
    ["States.ArrayContains('abc', 'a')", {}],
    ['States.ArrayContains($.o, 1)', { o: { a: 1 } }],
  ])('rejects %s', expectInvalid);
});

describe('States.ArrayRange', () => {
  it.each<Ok>([
    ['States.ArrayRange(0, 9, 3)', {}, [0, 3, 6, 9]], // oracle intrinsic-array-range-0
    ['States.ArrayRange(1, 9, 2)', {}, [1, 3, 5, 7, 9]],
    ['States.ArrayRange(-2, 2, 2)', {}, [-2, 0, 2]],
    ['States.ArrayRange(0, 10, 3)', {}, [0, 3, 6, 9]],
    ['States.ArrayRange(3, 3, -1)', {}, [3]],
    ['States.ArrayRange(5, 1, -2)', {}, [5, 3, 1]],
    ['States.ArrayRange(5, 1, 1)', {}, []],
    ['States.ArrayRange(1, 5, -1)', {}, []],
    ['States.ArrayRange(1.4, 5.6, 2.2)', {}, [1, 3, 5]],
    ['States.ArrayRange(1.6, 1.4, 1)', {}, [1]], // noted: truncated
    ['States.ArrayRange(5.4, -0.6, -2.4)', {}, [5, 3, 1]], // noted: truncated
    ['States.ArrayRange(States.MathAdd($.b, 1), States.MathAdd($.b, 5), 2)', { b: 0 }, [1, 3, 5]],
  ])('%s', (text, input, expected) => expect(run(text, input)).toEqual(expected));

  it('allows 1000 items, up or down', () => {
    expect(run('States.ArrayRange(1, 1000, 1)')).toHaveLength(1000);
    expect((run('States.ArrayRange(1000, 1, -1)') as number[]).at(-1)).toBe(1);
  });

  it.each<Invalid>([
    ['States.ArrayRange(1, 1001, 1)', {}],
    ['States.ArrayRange(1001, 1, -1)', {}],
    ['States.ArrayRange(1, 10, 0)', {}],
    ['States.ArrayRange(1, 10, 0.49)', {}],
    ["States.ArrayRange('a', 5, 1)", {}],
    ["States.ArrayRange(1, 'b', 1)", {}],
    ['States.ArrayRange(1, 5, null)', {}],
    ['States.ArrayRange(1, 5)', {}],
  ])('rejects %s', expectInvalid);
});

describe('States.ArrayGetItem', () => {
  it.each<Ok>([
    ['States.ArrayGetItem($.a, $.i)', { a: [1, 2, 3, 4, 5, 6, 7, 8, 9], i: 5 }, 6], // oracle intrinsic-array-get-item
    ['States.ArrayGetItem($.a, 0)', { a: [null] }, null],
    ['States.ArrayGetItem($.a, 1)', { a: [{ a: 1 }, { b: 2 }] }, { b: 2 }],
    ['States.ArrayGetItem($.a, 1.2)', { a: [10, 20, 30] }, 20], // noted: truncated
    ['States.ArrayGetItem($.a, 999)', { a: [] }, null], // noted: AWS gives null on an empty array
    ["States.ArrayGetItem(States.Array('x', 'y', 'z'), 1)", {}, 'y'],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toEqual(expected));

  it.each<Invalid>([
    ['States.ArrayGetItem($.a, 3)', { a: [10, 20, 30] }], // AWS ArrayGetItem-010
    ['States.ArrayGetItem($.a, -1)', { a: [10, 20, 30] }], // AWS ArrayGetItem-011
    ["States.ArrayGetItem('not-array', 0)", {}], // AWS ArrayGetItem-009
    ["States.ArrayGetItem($.a, '1')", { a: [10, 20, 30] }],
    ['States.ArrayGetItem($.a)', { a: [1] }],
  ])('rejects %s', expectInvalid);
});

describe('States.ArrayLength', () => {
  it.each<Ok>([
    ['States.ArrayLength($.a)', { a: [] }, 0],
    ['States.ArrayLength($.a)', { a: [[1], [2], [3]] }, 3],
    ['States.ArrayLength(States.Array())', {}, 0],
    ['States.ArrayLength($.a[*].x)', { a: [{ x: 1 }, { y: 2 }] }, 1],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it.each<Invalid>([
    ["States.ArrayLength('not-array')", {}],
    ['States.ArrayLength($.o)', { o: { k: 1 } }],
    ['States.ArrayLength(States.JsonToString($.a))', { a: [1, 2, 3] }], // AWS Feature.IntrinsicComposition-003
  ])('rejects %s', expectInvalid);
});

describe('States.ArrayUnique', () => {
  it.each<Ok>([
    ['States.ArrayUnique($.a)', { a: [1, 2, 3, 3, 3, 4] }, [1, 2, 3, 4]],
    ['States.ArrayUnique($.a)', { a: ['a', 'b', 'a', 'c', 'b'] }, ['a', 'b', 'c']],
    ['States.ArrayUnique($.a)', { a: [null, null, 1, null] }, [null, 1]], // AWS ArrayUnique-005
    ['States.ArrayUnique($.a)', { a: [1, '1', 1, '01'] }, [1, '1', '01']], // AWS ArrayUnique-006
    ['States.ArrayUnique($.a)', { a: [{ a: 1, b: 2 }, { b: 2, a: 1 }] }, [{ a: 1, b: 2 }]], // AWS ArrayUnique-008
    // Hash order, not first-seen order (noted from AWS for both).
    ['States.ArrayUnique($.a)', { a: [true, false, true, false] }, [false, true]],
    ['States.ArrayUnique($.a)', { a: [[1, 2], [1, 2], [2, 1]] }, [[2, 1], [1, 2]]],
    ['States.ArrayUnique($.a)', { a: [] }, []],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toEqual(expected));

  it.each<Invalid>([
    ["States.ArrayUnique('not-array')", {}],
    ['States.ArrayUnique($.o)', { o: { a: 1 } }],
  ])('rejects %s', expectInvalid);
});
