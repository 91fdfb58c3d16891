import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/paths/segment.js';
import { isPathLike, parsePath } from '../../src/paths/syntax.js';

const name = (n: string): PathSegment => ({ kind: 'name', name: n });
const index = (i: number): PathSegment => ({ kind: 'index', index: i });

describe('parsePath: reference paths', () => {
  it.each<[string, string, readonly PathSegment[]]>([
    ['$', '$', []],
    ['$$', '$$', []],
    ['$.a', '$', [name('a')]],
    ['$.a.b.c', '$', [name('a'), name('b'), name('c')]],
    ['$.my-key', '$', [name('my-key')]],
    ['$.wait_time', '$', [name('wait_time')]],
    ['$.délai', '$', [name('délai')]],
    ['$.a:b', '$', [name('a:b')]],
    ['$.list.length()', '$', [name('list'), name('length()')]], // AWS reads it as a key, not a function
    ["$['a']", '$', [name('a')]],
    ['$["a b"]', '$', [name('a b')]],
    ["$[ 'a' ]", '$', [name('a')]],
    ["$['']", '$', [name('')]],
    ["$['a.b']['c']", '$', [name('a.b'), name('c')]],
    ["$.['a']", '$', [name('a')]],
    ["$['Test\\\"\"Name\"']", '$', [name('Test\\""Name"')]], // backslashes kept, as AWS does
    ['$[0]', '$', [index(0)]],
    ['$.a[12].b', '$', [name('a'), index(12), name('b')]],
    ['$.a[-1]', '$', [name('a'), index(-1)]],
    ['$.a[ 3 ]', '$', [name('a'), index(3)]],
    ['$$.Execution.Id', '$$', [name('Execution'), name('Id')]],
    ['$$.Map.Item.Value', '$$', [name('Map'), name('Item'), name('Value')]],
    ['$$[\'Task\'].Token', '$$', [name('Task'), name('Token')]],
  ])('%s', (text, root, segments) => {
    expect(parsePath(text, 'reference')).toEqual({ ok: true, root, segments, definite: true });
    expect(parsePath(text, 'path')).toEqual({ ok: true, root, segments, definite: true });
  });

  it.each<[string, string, readonly PathSegment[]]>([
    ['$x', 'x', []],
    ['$theAnswer', 'theAnswer', []],
    ['$_private1', '_private1', []],
    ['$constant_obj.in_obj_constant_lst', 'constant_obj', [name('in_obj_constant_lst')]],
    ['$var[0].b', 'var', [index(0), name('b')]],
    ['$été', 'été', []],
  ])('variable %s', (text, variable, segments) => {
    expect(parsePath(text, 'reference')).toEqual({ ok: true, root: 'variable', variable, segments, definite: true });
  });
});

describe('parsePath: full paths', () => {
  it.each<[string, readonly PathSegment[]]>([
    ['$.items[*]', [name('items'), { kind: 'wildcard' }]],
    ['$.*', [{ kind: 'wildcard' }]],
    ['$[*].a', [{ kind: 'wildcard' }, name('a')]],
    ['$..a', [{ kind: 'scan' }, name('a')]],
    ['$..*', [{ kind: 'scan' }, { kind: 'wildcard' }]],
    ['$..[0]', [{ kind: 'scan' }, index(0)]],
    ['$.a..b.c', [name('a'), { kind: 'scan' }, name('b'), name('c')]],
    ['$.items[1:5].itemValue', [name('items'), { kind: 'slice', start: 1, end: 5 }, name('itemValue')]],
    ['$.items[:1]', [name('items'), { kind: 'slice', end: 1 }]],
    ['$.items[1:]', [name('items'), { kind: 'slice', start: 1 }]],
    ['$[-2:]', [{ kind: 'slice', start: -2 }]],
    ['$[:]', [{ kind: 'slice' }]],
    ['$[0,1]', [{ kind: 'indexes', indexes: [0, 1] }]],
    ['$[0, -1, 2]', [{ kind: 'indexes', indexes: [0, -1, 2] }]],
    ["$['a','b']", [{ kind: 'names', names: ['a', 'b'] }]],
    ['$["a", "b"]', [{ kind: 'names', names: ['a', 'b'] }]],
    ['$[?(@.price < 10)]', [{ kind: 'filter', expression: '@.price < 10' }]],
    ['$.book[?(@.isbn)].title', [name('book'), { kind: 'filter', expression: '@.isbn' }, name('title')]],
    ["$[?(@.a == 'x)]')]", [{ kind: 'filter', expression: "@.a == 'x)]'" }]],
    ['$[?((@.a > 1) && (@.b[0] < 2))]', [{ kind: 'filter', expression: '(@.a > 1) && (@.b[0] < 2)' }]],
    ['$[ ?( @.a ) ]', [{ kind: 'filter', expression: ' @.a ' }]],
  ])('%s', (text, segments) => {
    expect(parsePath(text, 'path')).toEqual({ ok: true, root: '$', segments, definite: false });
  });

  it('keeps the root of context and variable paths', () => {
    expect(parsePath('$$.Execution.Input.values[*]', 'path')).toMatchObject({ ok: true, root: '$$', definite: false });
    expect(parsePath('$items[*].id', 'path')).toMatchObject({ ok: true, root: 'variable', variable: 'items' });
  });
});

describe('parsePath: errors', () => {
  it.each<[string, string, number]>([
    ['', 'Path is empty', 0],
    ['a.b', "Path must start with '$'", 0],
    [' $.a', "Path must start with '$'", 0],
    ['$.', "Path must not end with '.' (offset 1)", 1],
    ['$.a.', "Path must not end with '.' (offset 3)", 3],
    ['$..', "Path must not end with '..' (offset 1)", 1],
    ['$...a', "Unexpected '.' at offset 3", 3],
    ['$.a b', "Use bracket notation ['my name'] for a name with spaces (offset 3)", 3],
    ['$.a ', 'Trailing whitespace at offset 3', 3],
    ["$['a'] ", 'Trailing whitespace at offset 6', 6],
    ['$ .a', "Unexpected character ' ' at offset 1: expected '.', '[' or a variable name", 1],
    ['$1', "Unexpected character '1' at offset 1: expected '.', '[' or a variable name", 1],
    ['$*', "Unexpected character '*' at offset 1: expected '.', '[' or a variable name", 1],
    ['$$$', "Unexpected character '$' at offset 2: expected '.' or '['", 2],
    ['$$a', "Unexpected character 'a' at offset 2: expected '.' or '['", 2],
    ['$my-var', "Unexpected character '-' at offset 3: expected '.' or '['", 3],
    ['$.*a', "Unexpected character 'a' at offset 3: expected '.' or '['", 3],
    ['$[', 'Unclosed bracket at offset 1', 1],
    ['$.a[0', 'Unclosed bracket at offset 3', 3],
    ["$['a'", 'Unclosed bracket at offset 1', 1],
    ["$['a", 'Unclosed string starting at offset 2', 2],
    ['$[]', 'Empty brackets at offset 1', 1],
    ['$[a]', "Unexpected character 'a' in brackets at offset 2: expected a quoted name, an index, '*' or a filter", 2],
    ["$['a' 'b']", "Expected ',' or ']' after a name at offset 6", 6],
    ["$['a',]", 'Expected a quoted name at offset 6', 6],
    ['$[*', 'Unclosed bracket at offset 1', 1],
    ['$[*x]', "Expected ']' after '*' at offset 3", 3],
    ['$[0x]', "Unexpected character 'x' in index at offset 3", 3],
    ['$[1-]', "Invalid index '1-' at offset 1", 1],
    ['$[0,]', "Invalid index '' at offset 1", 1],
    ['$[2147483648]', "Invalid index '2147483648' at offset 1", 1],
    ['$[1:2:3]', 'Slice steps are not supported (offset 2)', 2],
    ['$[1:2,3]', 'A slice cannot be part of a union (offset 2)', 2],
    ['$[?@.a]', "Expected '(' after '?' at offset 3", 3],
    ['$[?()]', 'Empty filter expression at offset 1', 1],
    ['$[?(@.a]', "Unbalanced ']' in filter at offset 7", 7],
    ['$[?(@.a', "Unclosed '(' in filter at offset 3", 3],
    ["$[?(@.a == 'x)]", 'Unclosed string in filter at offset 11', 11],
    ['$[?(@.a)', 'Unclosed bracket at offset 1', 1],
    ['$[?(@.a) x]', "Expected ']' after the filter at offset 9", 9],
    ['$.a\n', 'Trailing whitespace at offset 3', 3],
    ['$.a\tb', "Use bracket notation ['my name'] for a name with spaces (offset 3)", 3],
  ])('%j', (text, message, offset) => {
    expect(parsePath(text, 'path')).toEqual({ ok: false, message, offset });
  });

  it.each<[string, string]>([
    ['$.items[*]', 'Wildcards are not allowed in a reference path (offset 8)'],
    ['$.*', 'Wildcards are not allowed in a reference path (offset 2)'],
    ['$..a', "Deep scan '..' is not allowed in a reference path (offset 1)"],
    ['$[1:2]', 'Slices are not allowed in a reference path (offset 1)'],
    ['$[0,1]', 'Unions of indexes are not allowed in a reference path (offset 1)'],
    ["$['a','b']", 'Unions of names are not allowed in a reference path (offset 1)'],
    ['$[?(@.a)]', 'Filters are not allowed in a reference path (offset 1)'],
  ])('reference path refuses %s', (text, message) => {
    expect(parsePath(text, 'reference')).toMatchObject({ ok: false, message });
    expect(parsePath(text, 'path').ok).toBe(true);
  });
});

describe('isPathLike', () => {
  it.each([
    ['$.a', true],
    ['$', true],
    ['$$.Execution.Id', true],
    ['$var', true],
    ['a$', false],
    ['', false],
    [' $.a', false],
  ])('%j → %s', (text, expected) => {
    expect(isPathLike(text)).toBe(expected);
  });
});

describe('parsePath never throws', () => {
  const pathChars = fc.constantFrom('$', '.', '[', ']', '(', ')', '?', '@', '*', ':', ',', "'", '"', '\\', ' ', '-', '0', '1', 'a', 'é', '\n');
  const pathLike = fc.string({ unit: pathChars, maxLength: 40 }).map((s) => `$${s}`);

  it('on arbitrary strings', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), pathLike), fc.constantFrom('path', 'reference' as const), (text, kind) => {
        const result = parsePath(text, kind);
        if (!result.ok) {
          expect(result.offset).toBeGreaterThanOrEqual(0);
          expect(result.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('and accepts as a path whatever it accepts as a reference path', () => {
    fc.assert(
      fc.property(pathLike, (text) => {
        if (parsePath(text, 'reference').ok) expect(parsePath(text, 'path').ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('in linear time on long input', () => {
    const long = `$${'.a'.repeat(50_000)}[${"'x',".repeat(10_000)}'y'][?(${'('.repeat(5_000)}${')'.repeat(5_000)})]`;
    const started = performance.now();
    expect(parsePath(long, 'path').ok).toBe(true);
    expect(parsePath(`$[${'['.repeat(100_000)}`, 'path').ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
