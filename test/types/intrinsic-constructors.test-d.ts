import { describe, expectTypeOf, it } from 'vitest';
import { intrinsic, workflow, type JsonValue } from 'statewright';
import { outputOf } from './flow-of.js';

interface In { name: string; items: number[]; tags: string[]; n: number; a: { x: number }; b: { y: string } }
const start = workflow<In>('W');

describe('intrinsic constructors', () => {
  it('return the call as its literal string', () => {
    expectTypeOf(intrinsic.format('Hello, {}!', '$.name')).toEqualTypeOf<"States.Format('Hello, {}!', $.name)">();
    expectTypeOf(intrinsic.format("it's {} o'clock", 5)).toEqualTypeOf<"States.Format('it\\'s {} o\\'clock', 5)">();
    expectTypeOf(intrinsic.array('$.name', 'x', 1, true, null)).toEqualTypeOf<"States.Array($.name, 'x', 1, true, null)">();
    expectTypeOf(intrinsic.mathAdd('$.n', -1)).toEqualTypeOf<'States.MathAdd($.n, -1)'>();
    expectTypeOf(intrinsic.hash('$.name', 'SHA-256')).toEqualTypeOf<"States.Hash($.name, 'SHA-256')">();
    expectTypeOf(intrinsic.uuid()).toEqualTypeOf<'States.UUID()'>();
    expectTypeOf(intrinsic.stringToJson(intrinsic.jsonToString('$.a'))).toEqualTypeOf<'States.StringToJson(States.JsonToString($.a))'>();
    expectTypeOf(intrinsic.array('{a}')).toEqualTypeOf<"States.Array('\\{a\\}')">();
    expectTypeOf(intrinsic.mathRandom(1, 10)).toEqualTypeOf<'States.MathRandom(1, 10)'>();
    expectTypeOf(intrinsic.mathRandom(1, 10, '$.n')).toEqualTypeOf<'States.MathRandom(1, 10, $.n)'>();
  });

  it('give the builder the result types the written strings give', () => {
    const wf = start.pass('Shape', {
      parameters: {
        'greeting.$': intrinsic.format('Hello, {}!', '$.name'),
        'count.$': intrinsic.arrayLength('$.items'),
        'sum.$': intrinsic.mathAdd('$.n', 1),
        'first.$': intrinsic.arrayGetItem('$.items', 0),
        'unique.$': intrinsic.arrayUnique('$.tags'),
        'chunks.$': intrinsic.arrayPartition('$.items', 2),
        'has.$': intrinsic.arrayContains('$.tags', 'new'),
        'range.$': intrinsic.arrayRange(1, 9, 2),
        'parts.$': intrinsic.stringSplit('$.name', ','),
        'merged.$': intrinsic.jsonMerge('$.a', '$.b', false),
        'json.$': intrinsic.jsonToString('$.a'),
        'parsed.$': intrinsic.stringToJson('$.name'),
        'id.$': intrinsic.uuid(),
        'list.$': intrinsic.array('$.name', 1),
        'digest.$': intrinsic.hash('$.name', 'MD5'),
        'coded.$': intrinsic.base64Encode('$.name'),
        'roll.$': intrinsic.mathRandom(1, 7),
      },
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{
      greeting: string; count: number; sum: number; first: number; unique: string[]; chunks: number[][]; has: boolean; range: number[];
      parts: string[]; merged: Record<string, JsonValue>; json: string; parsed: JsonValue; id: string; list: JsonValue[]; digest: string; coded: string; roll: number;
    }>();
  });

  it('check arity and literal arguments', () => {
    // @ts-expect-error: one placeholder, two arguments
    intrinsic.format('Hello, {}!', '$.name', '$.n');
    // @ts-expect-error: two placeholders, one argument
    intrinsic.format('{} and {}', '$.name');
    // @ts-expect-error: MathAdd takes two numbers
    intrinsic.mathAdd(1);
    // @ts-expect-error: MathAdd adds numbers, not a string literal
    intrinsic.mathAdd('one', 1);
    // @ts-expect-error: SHA-2 is no hash algorithm
    intrinsic.hash('$.name', 'SHA-2');
    // @ts-expect-error: AWS merges shallowly only: the third argument is false
    intrinsic.jsonMerge('$.a', '$.b', true);
    // @ts-expect-error: ArrayLength takes a path or a call, not a literal string
    intrinsic.arrayLength('items');
    // @ts-expect-error: ArrayRange takes start, end and step
    intrinsic.arrayRange(1, 9);
    // @ts-expect-error: JsonToString takes a path
    intrinsic.jsonToString('text');
    // @ts-expect-error: MathRandom takes at most a seed besides start and end
    intrinsic.mathRandom(1, 2, 3, 4);
  });

  it('leave path checks to the builder, as for a written string', () => {
    // @ts-expect-error: the input has no key nope
    start.pass('Shape', { parameters: { 'count.$': intrinsic.arrayLength('$.nope') } });
  });
});
