import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntrinsicArg, IntrinsicCall } from '../../src/intrinsics/ast.js';
import { MAX_INTRINSIC_DEPTH, parseIntrinsic } from '../../src/intrinsics/parse.js';

/** The call tree without offsets and parsed paths, for compact expectations. */
function shape(arg: IntrinsicArg): unknown {
  switch (arg.kind) {
    case 'call':
      return { [arg.name]: arg.args.map(shape) };
    case 'path':
      return arg.text;
    case 'null':
      return null;
    case 'string':
      return { string: arg.value };
    default:
      return arg.value;
  }
}

function parsed(text: string): IntrinsicCall {
  const result = parseIntrinsic(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.call;
}

// Examples from the AWS developer guide (intrinsic-functions.html) and the ASL spec.
const AWS_EXAMPLES = [
  "States.Format('Hello, my name is {}.', $.name)",
  'States.Format($.template, $.name)',
  "States.Format('Your name is {}, we are in the year {}', $.name, 2020)",
  'States.StringToJson($.escapedJsonString)',
  'States.JsonToString($.unescapedJson)',
  'States.Array($.Id)',
  'States.ArrayPartition($.inputArray,4)',
  'States.ArrayContains($.inputArray, $.lookingFor)',
  'States.ArrayRange(1, 9, 2)',
  'States.ArrayGetItem($.inputArray, $.index)',
  'States.ArrayLength($.inputArray)',
  'States.ArrayUnique($.inputArray)',
  'States.Base64Encode($.input)',
  'States.Base64Decode($.base64)',
  'States.Hash($.Data, $.Algorithm)',
  'States.JsonMerge($.json1, $.json2, false)',
  'States.MathRandom($.start, $.end)',
  'States.MathAdd($.value1, $.step)',
  'States.StringSplit($.inputString, $.splitter)',
  'States.UUID()',
  "States.Format('{}.{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))",
  "States.Format('Hello \\'{}\\'', $.name)",
];

describe('parseIntrinsic: AWS examples', () => {
  it.each(AWS_EXAMPLES)('%s', (text) => {
    expect(parseIntrinsic(text).ok).toBe(true);
  });

  it('counts the nine nested calls of the myArn example, five deep', () => {
    const result = parseIntrinsic(AWS_EXAMPLES[20] as string);
    expect(result).toMatchObject({ ok: true, depth: 5, calls: 9 });
  });
});

describe('parseIntrinsic: arguments', () => {
  it.each<[string, unknown]>([
    ['States.UUID()', { 'States.UUID': [] }],
    ['States.Array( )', { 'States.Array': [] }],
    ['States.Array(States.UUID())', { 'States.Array': [{ 'States.UUID': [] }] }],
    ["States.Array('a', 1, -2, 1.5, -0.25, 1e3, 2E-2, true, false, null)", {
      'States.Array': [{ string: 'a' }, 1, -2, 1.5, -0.25, 1000, 0.02, true, false, null],
    }],
    ['States.Array($, $$, $.a, $$.Execution.Id, $var, $var.x[0])', {
      'States.Array': ['$', '$$', '$.a', '$$.Execution.Id', '$var', '$var.x[0]'],
    }],
    ["States.Array($['a,b'], $[?(@.x, 1)], $.items[1:2])", {
      'States.Array': ["$['a,b']", '$[?(@.x, 1)]', '$.items[1:2]'],
    }],
    ['States.Array(\t$.a ,\n$.b\r)', { 'States.Array': ['$.a', '$.b'] }],
    ["States.Array('', '{}', 'a\"b', '$.not.a.path')", {
      'States.Array': [{ string: '' }, { string: '{}' }, { string: 'a"b' }, { string: '$.not.a.path' }],
    }],
    ["States.StringSplit('Hello\nWorld', '\n')", { 'States.StringSplit': [{ string: 'Hello\nWorld' }, { string: '\n' }] }],
    ["States.Format('\\'\\{\\}\\\\')", { 'States.Format': [{ string: "'{}\\" }] }],
    ['States.Foo(1)', { 'States.Foo': [1] }], // names are checked by checkIntrinsic
  ])('%s', (text, expected) => {
    expect(shape(parsed(text))).toEqual(expected);
  });

  it('keeps the raw text of strings for States.Format', () => {
    const [arg] = parsed("States.Format('a \\{} {}', 1)").args;
    expect(arg).toEqual({ kind: 'string', value: 'a {} {}', raw: 'a \\{} {}', offset: 14 });
  });

  it('tells integers from other numbers', () => {
    const args = parsed('States.Array(3, 3.0, 3e0, -7)').args;
    expect(args.map((a) => (a.kind === 'number' ? a.integer : undefined))).toEqual([true, false, false, true]);
  });

  it('records offsets and parsed paths', () => {
    const call = parsed('States.Array($.a, States.UUID())');
    expect(call.args).toEqual([
      { kind: 'path', text: '$.a', path: { ok: true, root: '$', segments: [{ kind: 'name', name: 'a' }], definite: true }, offset: 13 },
      { kind: 'call', name: 'States.UUID', args: [], offset: 18 },
    ]);
  });
});

describe('parseIntrinsic: nesting', () => {
  const nest = (depth: number): string => `${'States.Array('.repeat(depth)}${')'.repeat(depth)}`;

  it(`accepts ${MAX_INTRINSIC_DEPTH} levels`, () => {
    expect(parseIntrinsic(nest(MAX_INTRINSIC_DEPTH))).toMatchObject({ ok: true, depth: 10, calls: 10 });
  });

  it('refuses one more', () => {
    expect(parseIntrinsic(nest(MAX_INTRINSIC_DEPTH + 1))).toEqual({
      ok: false,
      message: 'Intrinsic functions can be nested at most 10 deep (offset 130)',
      offset: 130,
    });
  });

  it('refuses very deep input without overflowing the stack', () => {
    expect(parseIntrinsic(nest(100_000)).ok).toBe(false);
  });
});

describe('parseIntrinsic: errors', () => {
  it.each<[string, string, number]>([
    ['', 'Expected an intrinsic function call States.<Name>(…) at offset 0', 0],
    ['$.a', 'Expected an intrinsic function call States.<Name>(…) at offset 0', 0],
    [' States.UUID()', 'Expected an intrinsic function call States.<Name>(…) at offset 0', 0],
    ['States.()', "Expected a function name after 'States.' at offset 7", 7],
    ['States.UUID', "Expected '(' after States.UUID at offset 11", 11],
    ['States.UUID ()', "Expected '(' after States.UUID at offset 11", 11],
    ['States.Array(', 'Expected an argument at offset 13', 13],
    ['States.Array(1', "Unclosed '(' of States.Array at offset 12", 12],
    ['States.Array(1,)', "Unexpected ')' at offset 15: expected a string, number, boolean, null, path or intrinsic call", 15],
    ['States.Array(,1)', "Unexpected ',' at offset 13: expected a string, number, boolean, null, path or intrinsic call", 13],
    ["States.Array('a' 'b')", "Expected ',' or ')' at offset 17", 17],
    ['States.UUID() x', 'Unexpected text after the intrinsic call at offset 14', 14],
    ['States.UUID())', 'Unexpected text after the intrinsic call at offset 13', 13],
    ["States.Array('abc", 'Unclosed string literal starting at offset 13', 13],
    ["States.Array('abc\\", 'Unclosed string literal starting at offset 13', 13],
    ["States.Array('a\\nb')", "Illegal escape sequence '\\n' at offset 15 in a string literal: only \\', \\{, \\} and \\\\ are allowed", 15],
    ["States.Array('a\\\"b')", "Illegal escape sequence '\\\"' at offset 15 in a string literal: only \\', \\{, \\} and \\\\ are allowed", 15],
    ["States.Array('\\u0041')", "Illegal escape sequence '\\u' at offset 14 in a string literal: only \\', \\{, \\} and \\\\ are allowed", 14],
    ['States.Array("a")', "Unexpected '\"' at offset 13: expected a string, number, boolean, null, path or intrinsic call", 13],
    ['States.Array(TRUE)', "Unexpected 'TRUE' at offset 13: expected a string, number, boolean, null, path or intrinsic call", 13],
    ['States.Array(undefined)', "Unexpected 'undefined' at offset 13: expected a string, number, boolean, null, path or intrinsic call", 13],
    ['States.Array(01)', 'Invalid number at offset 13', 13],
    ['States.Array(1.)', 'Invalid number at offset 13', 13],
    ['States.Array(.5)', "Unexpected '.' at offset 13: expected a string, number, boolean, null, path or intrinsic call", 13],
    ['States.Array(-)', 'Invalid number at offset 13', 13],
    ['States.Array(+1)', "Unexpected '+' at offset 13: expected a string, number, boolean, null, path or intrinsic call", 13],
    ['States.Array(1e)', 'Invalid number at offset 13', 13],
    ['States.Array(12abc)', 'Invalid number at offset 13', 13],
    ['States.Array($.a.)', "Invalid path '$.a.' at offset 13: Path must not end with '.' (offset 3)", 16],
    ['States.Array($[0)', "Invalid path '$[0)' at offset 13: Unclosed bracket at offset 1", 14],
    ['States.Array($1)', "Invalid path '$1' at offset 13: Unexpected character '1' at offset 1: expected '.', '[' or a variable name", 14],
    ['States.Array(Foo.Bar())', "Unexpected 'Foo' at offset 13: expected a string, number, boolean, null, path or intrinsic call", 13],
  ])('%j', (text, message, offset) => {
    expect(parseIntrinsic(text)).toEqual({ ok: false, message, offset });
  });

  it('refuses the escaped double quote of the AWS validation recording', () => {
    // scenarios-illegal-escapes-escape-sequences-illegal-intrinsic-function (InvalidDefinition on AWS)
    const text = 'States.StringToJson(\'{"text":"An \\"escaped double quote\\" here"}\')';
    expect(parseIntrinsic(text)).toMatchObject({ ok: false, offset: 33 });
  });
});

describe('parseIntrinsic never throws', () => {
  const chars = fc.constantFrom('States.', 'Array', 'UUID', '(', ')', ',', ' ', "'", '\\', '{', '}', '$', '.', '[', ']', '1', '-', 'true', 'null', 'x');
  const intrinsicLike = fc.array(chars, { maxLength: 30 }).map((parts) => `States.Array(${parts.join('')}`);

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), intrinsicLike), (text) => {
        const result = parseIntrinsic(text);
        if (!result.ok) {
          expect(result.offset).toBeGreaterThanOrEqual(0);
          expect(result.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
