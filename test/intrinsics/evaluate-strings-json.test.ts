import { describe, expect, it } from 'vitest';
import { evaluationCause, failure, run } from './evaluate-helpers.js';

// Sources as in evaluate-arrays.test.ts; "LocalStack <test>" = LocalStack's snapshot of a run on AWS.

type Ok = readonly [string, unknown, unknown];
type Invalid = readonly [string, unknown];

function expectInvalid(text: string, input: unknown): void {
  const name = /^States\.\w+/.exec(text)?.[0] ?? '';
  expect(failure(text, input).cause).toBe(evaluationCause(text, `Invalid arguments in ${name}`));
}

describe('States.Format', () => {
  it.each<Ok>([
    ["States.Format('Hello, my name is {}.', $.name)", { name: 'Arnav' }, 'Hello, my name is Arnav.'],
    ["States.Format('Formatting argument {}.', $.v)", { v: ' ' }, 'Formatting argument  .'], // oracle intrinsic-generic-format-1-1
    ["States.Format('Formatting argument {}.', $.v)", { v: 1.1 }, 'Formatting argument 1.1.'], // oracle intrinsic-generic-format-1-5
    ["States.Format('fst={} and snd={}.', $.a, $.b)", { a: null, b: null }, 'fst=null and snd=null.'], // oracle intrinsic-generic-format-2-3
    ["States.Format('{} {} {}', $.a, $.b, $.c)", { a: 'x', b: 2, c: true }, 'x 2 true'],
    // Objects and arrays render as Java's Map and List do (LocalStack test_format_2, test_context_json_path).
    ["States.Format('fst={}.', $.a)", { a: { Arg1: 1, Arg2: [] } }, 'fst={Arg1=1, Arg2=[]}.'],
    ["States.Format('{}', $.a)", { a: [1, 'a', null, [true], { k: 'v' }] }, '[1, a, null, [true], {k=v}]'],
    ["States.Format('{}', $.a)", { a: '{"Arg1": 1}' }, '{"Arg1": 1}'],
    ["States.Format('{} {}', $.a, $.b)", { a: 0.0000001, b: -9007199254740991 }, '1.0E-7 -9007199254740991'],
    ["States.Format('\\{\\} {} \\\\', 1)", {}, '{} 1 \\'],
    ["States.Format('Name: \\'{}\\', Surname: \"{}\"', $.n, $.s)", { n: 'Gabriel', s: 'Moreira' }, 'Name: \'Gabriel\', Surname: "Moreira"'], // AWS Format-003
    ["States.Format('no placeholders')", {}, 'no placeholders'],
    ['States.Format($.t, $.n)', { t: "It's {}!", n: 'Pikachu' }, "It's Pikachu!"],
    [
      "States.Format('user:{} roles={}', $.u, States.JsonToString(States.Array($.r[0], $.r[1])))",
      { u: 'user-7', r: ['admin', 'editor'] },
      'user:user-7 roles=["admin","editor"]',
    ], // AWS Feature.IntrinsicComposition-001
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it.each<readonly [string, unknown, string]>([
    ["States.Format('Hello {', $.a)", { a: 'x' }, "Invalid template in States.Format: matching '}' not found for '{'."], // AWS Format-018
    ["States.Format('Hello {{}}', $.a)", { a: 'x' }, "Invalid template in States.Format: matching '}' not found for '{'."], // AWS Format-019
    ["States.Format('}')", {}, "Invalid template in States.Format: matching '{' not found for '}'."], // AWS Format-020
    ["States.Format('{a}', 1)", {}, "Invalid template in States.Format: matching '}' not found for '{'."],
  ])('rejects the template of %s', (text, input, detail) => expect(failure(text, input).cause).toBe(evaluationCause(text, detail)));

  it.each<Invalid>([
    ["States.Format('{} {}', $.a)", { a: 'x' }],
    ["States.Format('{}', $.a, $.b)", { a: 'x', b: 'y' }],
    ['States.Format($.t, $.n)', { t: 123, n: 'Ada' }],
  ])('rejects %s', expectInvalid);
});

describe('States.StringSplit', () => {
  it.each<Ok>([
    ['States.StringSplit($.s, $.d)', { s: ' ', d: ',' }, [' ']], // oracle intrinsic-string-operations-string-split-0
    ['States.StringSplit($.s, $.d)', { s: ' , ', d: ',' }, [' ', ' ']], // oracle …-string-split-1
    ['States.StringSplit($.s, $.d)', { s: ',,,,', d: ',' }, []], // oracle …-string-split-3
    ['States.StringSplit($.s, $.d)', { s: 'This.is+a,test=string', d: '.+,=' }, ['This', 'is', 'a', 'test', 'string']],
    ["States.StringSplit($.s, ',')", { s: ',a,,b,' }, ['a', 'b']],
    ["States.StringSplit($.s, ',')", { s: '' }, []],
    ["States.StringSplit($.s, 'ab')", { s: '1a2b3ab4' }, ['1', '2', '3', '4']],
    ["States.StringSplit($.s, '')", { s: 'abc' }, ['abc']],
    ['States.StringSplit($.s, $.d)', { s: 'a😀b😁c', d: '😀' }, ['a', 'b😁c']],
    ["States.StringSplit('Hello\nWorld', '\n')", {}, ['Hello', 'World']], // oracle intrinsic-generic-escape-sequence
    ["States.StringSplit(States.Format('{}-{}', $.a, $.b), '-')", { a: 'x', b: 'y' }, ['x', 'y']],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toEqual(expected));

  it.each<Invalid>([
    ["States.StringSplit($.v, ',')", { v: 123 }],
    ['States.StringSplit($.s, $.d)', { s: 'a,b', d: 1 }],
    ['States.StringSplit($.s, $.d)', { s: null, d: ',' }],
    ['States.StringSplit($.s, $.d)', { s: 'a,b', d: [','] }],
    ['States.StringSplit($.s)', { s: 'a,b' }],
  ])('rejects %s', expectInvalid);
});

describe('States.StringToJson', () => {
  it.each<Ok>([
    ['States.StringToJson($.s)', { s: '' }, null], // oracle intrinsic-json-manipulation-string-to-json-0
    ['States.StringToJson($.s)', { s: ' ' }, null], // oracle …-string-to-json-1
    ['States.StringToJson($.s)', { s: '-0' }, 0], // oracle …-string-to-json-3
    ['States.StringToJson($.s)', { s: '1.1' }, 1.1],
    ['States.StringToJson($.s)', { s: '[1, 2, "HelloWorld"]' }, [1, 2, 'HelloWorld']],
    ['States.StringToJson($.s)', { s: ' {"a":1} ' }, { a: 1 }],
    ['States.StringToJson($.s)', { s: '"hello"' }, 'hello'],
    ['States.StringToJson(States.JsonToString($.o))', { o: { a: 1, n: { ok: true } } }, { a: 1, n: { ok: true } }],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toEqual(expected));

  it('returns 0, not -0', () => {
    const [zero] = run('States.StringToJson($.s)', { s: '[-0]' }) as number[];
    expect(Object.is(zero, 0)).toBe(true);
  });

  it('names the parse error after AWS prefix', () => {
    const text = 'States.StringToJson($.s)';
    expect(failure(text, { s: '{bad json}' }).cause).toMatch(
      /^There was an error while evaluating the intrinsic function: States\.StringToJson\(\$\.s\)\. Cannot convert String to Json in States\.StringToJson, caused by: /,
    );
  });

  it.each<Invalid>([
    ['States.StringToJson($.s)', { s: 123 }], // AWS StringToJson-015
    ['States.StringToJson($.s)', { s: { a: 1 } }],
    ['States.StringToJson()', {}], // AWS StringToJson-018
    ['States.StringToJson($.a, $.b)', { a: '{}', b: '' }],
  ])('rejects %s', expectInvalid);
});

describe('States.JsonToString', () => {
  it.each<Ok>([
    ['States.JsonToString($.v)', { v: 0 }, '0'], // oracle intrinsic-json-manipulation-json-to-string-1
    ['States.JsonToString($.v)', { v: { a: [1, 'x', null, true], b: { c: 1.5 } } }, '{"a":[1,"x",null,true],"b":{"c":1.5}}'],
    ['States.JsonToString($.v)', { v: 'say "hi"\n' }, '"say \\"hi\\"\\n"'],
    ['States.JsonToString($.v)', { v: '\u0001é/' }, '"\\u0001é/"'],
    ['States.JsonToString($)', { other: 1 }, '{"other":1}'],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toBe(expected));

  it('rejects a second argument', () => expectInvalid('States.JsonToString($.a, $.a)', { a: 1 }));
});

describe('States.JsonMerge', () => {
  it.each<Ok>([
    ['States.JsonMerge($.a, $.b, false)', { a: { x: 1, y: 2 }, b: { y: 3, z: 4 } }, { x: 1, y: 3, z: 4 }],
    ['States.JsonMerge($.a, $.b, false)', { a: { n: { a1: 1 } }, b: { n: { a3: 3 } } }, { n: { a3: 3 } }],
    ['States.JsonMerge($.a, $.b, false)', { a: { n: { l: true }, keep: 1 }, b: { n: null } }, { n: null, keep: 1 }],
    ['States.JsonMerge($.a, $.b, $.d)', { a: {}, b: { x: 1 }, d: 'false' }, { x: 1 }], // noted: a non-boolean flag merges shallowly
    ["States.JsonMerge(States.StringToJson($.a), States.StringToJson($.b), false)", { a: '{"l":1}', b: '{"r":2}' }, { l: 1, r: 2 }],
  ])('%s on %j', (text, input, expected) => expect(run(text, input)).toEqual(expected));

  it('keeps the left keys first', () => {
    expect(Object.keys(run('States.JsonMerge($.a, $.b, false)', { a: { x: 1, y: 2 }, b: { z: 0, x: 3 } }) as object)).toEqual(['x', 'y', 'z']);
  });

  it.each<Invalid>([
    ['States.JsonMerge($.a, $.b, true)', { a: { x: 1 }, b: { y: 2 } }],
    ['States.JsonMerge($.a, $.b, false)', { a: [1, 2], b: { y: 2 } }],
    ['States.JsonMerge($.a, $.b, false)', { a: null, b: {} }],
    ['States.JsonMerge($.a, $.b, false)', { a: {}, b: 'x' }],
    ['States.JsonMerge($.a, $.b)', { a: {}, b: {} }],
  ])('rejects %s', expectInvalid);
});
