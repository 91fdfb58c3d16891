import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonataString, jsonataBody } from '../../src/jsonata/expression.js';
import { jsonataAst, parseJsonata, referencedStatesFields } from '../../src/jsonata/parse.js';
import { statesReferences } from '../../src/jsonata/states-references.js';
import { readConformance } from '../support/conformance.js';

describe('parseJsonata', () => {
  it.each([
    '$states.input',
    ' $states.input.a + 1 ',
    '$states.context.Execution.Id',
    "$states.input.cost < 10 ? 'cheap' : 'dear'",
    '{ "a": $states.input.a, "b": [1, 2, 3] }',
    '($x := $states.input; $x.a)',
    '$map($states.result, function($v) { $v * 2 })',
    "$contains('hello$world', /^hello\\$/)",
    '$partition($states.input.items, 2)',
    '$uuid()',
    '/* comment */ true',
    '$states.input ~> $count',
  ])('accepts %j', (body) => {
    expect(parseJsonata(body)).toEqual({ ok: true });
  });

  it.each<[string, { message: string; position?: number; code?: string }]>([
    ['', { message: 'JSONata expression is empty', position: 0 }],
    ['   ', { message: 'JSONata expression is empty', position: 0 }],
    ['\n\t', { message: 'JSONata expression is empty', position: 0 }],
    [' 1 + ', { message: 'Unexpected end of expression', position: 5, code: 'S0207' }],
    ['$states.input.a[', { message: 'Expected "]" before end of expression', position: 16, code: 'S0203' }],
    ['"abc', { message: 'String literal must be terminated by a matching quote', position: 4, code: 'S0101' }],
    ['$x := 1; $x', { message: 'Syntax error: ";"', position: 8, code: 'S0201' }],
    // Operators newer jsonata versions accept, but 2.0.6 (the version AWS runs) does not.
    ['$states.input.a ?: 1', { message: 'The symbol ":" cannot be used as a unary operator', position: 18, code: 'S0211' }],
    ['$states.input.a ?? 1', { message: 'The symbol "?" cannot be used as a unary operator', position: 18, code: 'S0211' }],
  ])('refuses %j', (body, error) => {
    expect(parseJsonata(body)).toEqual({ ok: false, ...error });
  });

  it('reports errors that carry no position', () => {
    expect(parseJsonata('%')).toMatchObject({ ok: false, code: 'S0217' });
  });

  it('caches by expression text', () => {
    const body = ' $states.input.cached + 1 ';
    expect(parseJsonata(body)).toBe(parseJsonata(body));
    expect(jsonataAst(body)).toBe(jsonataAst(body));
    expect(jsonataAst(' 1 + ')).toBeUndefined();
  });

  it('stays bounded and correct past the cache size', () => {
    for (let i = 0; i < 2500; i++) expect(parseJsonata(`$states.input.a${i}`).ok).toBe(true);
    expect(parseJsonata('$states.input.a0')).toEqual({ ok: true });
    expect(parseJsonata(' 1 + ').ok).toBe(false);
  });
});

describe('referencedStatesFields', () => {
  it.each<[string, string[]]>([
    ['$states.input', ['input']],
    ['$states.input.a & $states.result.b', ['input', 'result']],
    ['$states.errorOutput', ['errorOutput']],
    ['$states.context.Map.Item.Value', ['context']],
    ['$count($states.result[$ = 0])', ['result']],
    ['{ "a": $states.input.a, "e": $states.errorOutput.Error }', ['errorOutput', 'input']],
    ['($x := $states.result; $x)', ['result']],
    ['$map($states.input.items, function($v) { $v + $states.result })', ['input', 'result']],
    ['$states.foo', ['foo']],
    ['$states', []],
    ['"$states.result"', []],
    ['/* $states.result */ $states.input', ['input']],
    ['$state.input', []],
    ['states.input', []],
    ['1 + ', []],
    ['$states.result + ', ['result']], // text scan when the body does not parse
  ])('%j → %j', (body, fields) => {
    expect([...referencedStatesFields(body)].sort()).toEqual(fields);
  });

  it('tells when $states is used whole', () => {
    const whole = (body: string): boolean | undefined => {
      const ast = jsonataAst(body);
      return ast === undefined ? undefined : statesReferences(ast).whole;
    };
    expect(whole('$states')).toBe(true);
    expect(whole('$states[0]')).toBe(true);
    expect(whole('$keys($states)')).toBe(true);
    expect(whole('$states.input')).toBe(false);
    expect(whole('$states[0].input')).toBe(false);
  });
});

describe('JSONata expressions of the conformance recordings', () => {
  const recordings = [
    ...readConformance<unknown>('cases'),
    ...readConformance<unknown>('test-state'),
    ...readConformance<unknown>('validation'),
  ];

  it('all parse', () => {
    const bodies = new Set<string>();
    const collect = (node: unknown): void => {
      if (typeof node === 'string') {
        if (isJsonataString(node)) bodies.add(jsonataBody(node));
      } else if (Array.isArray(node)) {
        for (const item of node) collect(item);
      } else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) if (key !== 'expected' && key !== 'events') collect(value);
      }
    };
    for (const { data } of recordings) collect(data);
    const failures = [...bodies].filter((body) => !parseJsonata(body).ok);
    expect(failures).toEqual([]);
    expect(bodies.size).toBe(recordings.length > 0 ? 48 : 0);
  });
});

describe('parseJsonata and referencedStatesFields never throw', () => {
  const tokens = fc.constantFrom('$states', '.', 'input', 'result', '(', ')', '[', ']', '{', '}', '"', "'", '/', '*', ':=', ';', '?', ':', ' ', '1', 'function', '$');
  const jsonataLike = fc.array(tokens, { maxLength: 25 }).map((parts) => parts.join(''));

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonataLike), (body) => {
        const result = parseJsonata(body);
        expect(typeof result.ok).toBe('boolean');
        expect(referencedStatesFields(body)).toBeInstanceOf(Set);
      }),
      { numRuns: 1000 },
    );
  });

  it('on very deep nesting', () => {
    expect(parseJsonata(`${'('.repeat(50_000)}1${')'.repeat(50_000)}`).ok).toBeTypeOf('boolean');
    expect(parseJsonata('['.repeat(50_000)).ok).toBe(false);
  });
});
