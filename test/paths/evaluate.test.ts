import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPath, type PathRead, type PathScope } from '../../src/paths/evaluate.js';
import { StatesRuntime } from '../../src/runtime/errors.js';
import { readConformance } from '../support/conformance.js';

const input = {
  a: { b: [{ c: 1 }, { c: 2 }] },
  n: null,
  zero: 0,
  empty: '',
  list: [10, 20, 30, 40, 50],
  'my key': 'spaced',
  'a.b': 'dotted',
  store: {
    book: [
      { title: 'A', price: 8, tags: ['x'] },
      { title: 'B', price: 12 },
      { title: 'C', price: 5, isbn: '0-1' },
    ],
    bicycle: { color: 'red', price: 20 },
  },
};
const context = { Execution: { Id: 'arn:exec', Input: { k: 1 } }, State: { Name: 'S' } };
const variables = { total: 3, order: { id: 'o-1', lines: [{ sku: 'A' }] }, nothing: null };
const scope: PathScope = { input, context, variables };

const found = (value: unknown): PathRead => ({ found: true, value });
const missing: PathRead = { found: false };

describe('readPath: definite paths', () => {
  it.each<[string, PathRead]>([
    ['$', found(input)],
    ['$.a', found(input.a)],
    ['$.a.b[0].c', found(1)],
    ['$.a.b[1].c', found(2)],
    ['$.a.b[-1].c', found(2)],
    ['$.a.b[-2]', found({ c: 1 })],
    ['$.n', found(null)],
    ['$.zero', found(0)],
    ['$.empty', found('')],
    ["$['my key']", found('spaced')],
    ["$['a.b']", found('dotted')],
    ['$.list[4]', found(50)],
    ['$.list.length()', missing], // a key named 'length()', as AWS reads it
    ['$.nope', missing],
    ['$.a.nope.deeper', missing],
    ['$.a.b[2]', missing],
    ['$.a.b[-3]', missing],
    ['$.a.b.c', missing], // a key on an array
    ['$.a[0]', missing], // an index on an object
    ['$.n.x', missing],
    ['$.zero.x', missing],
    ['$.empty[0]', missing], // strings are not arrays
    ['$.toString', missing], // inherited members are not keys
    ['$.constructor', missing],
    ['$.a.hasOwnProperty', missing],
    ['$$', found(context)],
    ['$$.Execution.Id', found('arn:exec')],
    ['$$.Execution.Input.k', found(1)],
    ['$$.Map.Item.Value', missing],
    ['$total', found(3)],
    ['$order.id', found('o-1')],
    ['$order.lines[0].sku', found('A')],
    ['$nothing', found(null)],
    ['$unknown', missing],
    ['$unknown.x', missing],
  ])('%s', (path, expected) => {
    expect(readPath(path, scope)).toEqual(expected);
  });

  it('finds no variable when the scope has none', () => {
    expect(readPath('$total', { input, context })).toEqual(missing);
    expect(readPath('$toString', { input, context, variables: {} })).toEqual(missing);
    expect(readPath('$unknown[*]', scope)).toEqual(missing); // even for an indefinite path
  });

  it('reads scalar and array documents', () => {
    expect(readPath('$', { input: 'text', context })).toEqual(found('text'));
    expect(readPath('$.x', { input: 'text', context })).toEqual(missing);
    expect(readPath('$[1]', { input: [1, 2], context })).toEqual(found(2));
    expect(readPath('$.x', { input: null, context })).toEqual(missing);
  });

  it('reads an own __proto__ key and never the prototype', () => {
    const doc = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(readPath('$.__proto__.x', { input: doc, context })).toEqual(found(1));
    expect(readPath('$.__proto__', { input: {}, context })).toEqual(missing);
  });

  it('returns the selected value itself, not a copy', () => {
    const read = readPath('$.a', scope);
    expect(read.found && read.value).toBe(input.a);
  });
});

describe('readPath: a final union of names reads one object (Jayway merges the keys)', () => {
  it.each<[string, PathRead]>([
    ["$['zero','empty']", found({ zero: 0, empty: '' })],
    ["$.store.bicycle['price','color']", found({ price: 20, color: 'red' })],
    ["$.store.bicycle['color','nope']", found({ color: 'red' })],
    ["$.store.bicycle['nope','none']", found({})],
    ["$.list['a','b']", missing],
    ["$.nope['a','b']", missing],
  ])('%s', (path, expected) => {
    expect(readPath(path, scope)).toEqual(expected);
  });
});

describe('readPath: indefinite paths find an array of the matches', () => {
  const { book } = input.store;
  it.each<[string, unknown[]]>([
    ['$.store.book[*].title', ['A', 'B', 'C']],
    ['$.store.book.*.title', ['A', 'B', 'C']],
    ['$.store.bicycle.*', ['red', 20]],
    ['$.store.*', [book, input.store.bicycle]],
    ['$.list[*]', [10, 20, 30, 40, 50]],
    ['$.list[1:3]', [20, 30]],
    ['$.list[1:]', [20, 30, 40, 50]],
    ['$.list[:2]', [10, 20]],
    ['$.list[-2:]', [40, 50]],
    ['$.list[:-2]', [10, 20, 30]],
    ['$.list[3:99]', [40, 50]],
    ['$.list[7:]', []],
    ['$.list[0,2,4]', [10, 30, 50]],
    ['$.list[4,0]', [50, 10]],
    ['$.list[0,-1,9]', [10, 50]],
    ["$.store.bicycle['color','price'].x", []],
    ["$.store.book[*]['title','price']", [{ title: 'A', price: 8 }, { title: 'B', price: 12 }, { title: 'C', price: 5 }]],
    ['$..price', [8, 12, 5, 20]],
    ['$.store..price', [8, 12, 5, 20]],
    ['$..book[0].title', ['A']],
    ['$..book[-1].title', ['C']],
    ['$..tags[*]', ['x']],
    ['$..isbn', ['0-1']],
    ['$..nope', []],
    ['$.a.b[*].c', [1, 2]],
    ['$.a.b[*].nope', []],
    ['$.nope[*]', []],
    ['$.zero[*]', []],
    ['$.empty[*]', []],
    ['$.n[1:]', []],
    ['$.store.book[?(@.price < 10)].title', ['A', 'C']],
    ['$.store.book[?(@.price > 10)]', [book[1]]],
    ['$.store.book[?(@.isbn)].title', ['C']],
    ["$.store.book[?(@.title == 'B')].price", [12]],
    ['$.store.book[?(@.price < 10 && @.tags)].title', ['A']],
    ['$.store.book[?(@.price > 100 || @.isbn)].title', ['C']],
    ['$.store.book[?(@.missing.deeper == 1)]', []],
    ['$.list[?(@ > 25)]', [30, 40, 50]],
    ['$..book[?(@.price == 12)].title', ['B']],
    ['$..[?(@.price >= 12)]', [book[1], input.store.bicycle]],
    ['$.store.bicycle[?(@.color)]', [input.store.bicycle]], // a filter on an object tests the object
    ['$.store.bicycle[?(@.wheels)]', []],
    ['$$.Execution.*', ['arn:exec', { k: 1 }]],
    ['$order.lines[*].sku', ['A']],
  ])('%s', (path, expected) => {
    expect(readPath(path, scope)).toEqual(found(expected));
  });

  it('deep scan visits a node before its descendants, keys in order', () => {
    const doc = { x: 1, a: { x: 2, b: [{ x: 3 }, { c: { x: 4 } }] }, z: { x: 5 } };
    expect(readPath('$..x', { input: doc, context })).toEqual(found([1, 2, 3, 4, 5]));
    expect(readPath('$..*', { input: { a: { b: 1 }, c: [2] }, context })).toEqual(found([{ b: 1 }, [2], 1, 2]));
  });

  it('deep scan handles deep nesting without overflowing the stack', () => {
    let doc: unknown = { leaf: true };
    for (let i = 0; i < 100_000; i++) doc = { d: doc };
    expect(readPath('$..leaf', { input: doc, context })).toEqual(found([true]));
  });

  it('passes quoted text in a filter through unharmed', () => {
    const doc = [{ name: 'a]b', v: 1 }, { name: "it's", v: 2 }, { name: 'x.y', v: 3 }, { name: 'a~', v: 4 }, { 'odd key': 5, v: 5 }];
    const read = (path: string): PathRead => readPath(path, { input: doc, context });
    expect(read("$[?(@.name == 'a]b')].v")).toEqual(found([1]));
    expect(read('$[?(@.name == "it\'s")].v')).toEqual(found([2]));
    expect(read("$[?(@.name == 'x.y')].v")).toEqual(found([3]));
    expect(read("$[?(@.name == 'a~')].v")).toEqual(found([4]));
    expect(read("$[?(@['odd key'] == 5)].v")).toEqual(found([5]));
  });

  it('selects from scalar documents without failing', () => {
    for (const doc of [0, '', false, null, 'text', 12]) {
      expect(readPath('$[*]', { input: doc, context })).toEqual(found([]));
      expect(readPath('$..a', { input: doc, context })).toEqual(found([]));
      expect(readPath('$[?(@.a)]', { input: doc, context })).toEqual(found([]));
    }
  });
});

describe('readPath: what it refuses', () => {
  it.each([
    '', // empty
    'a.b', // no $
    '$.a[(@.length-1)]', // script expressions: never evaluated
    '$[(1+1)]',
    '$.a.',
    '$.a[',
    '$..',
  ])('%j throws States.Runtime', (path) => {
    expect(() => readPath(path, scope)).toThrow(StatesRuntime);
  });

  it('never runs code through a filter', () => {
    const probe = '$[?(@.constructor.constructor("globalThis.pwned = 1")())]';
    expect(() => readPath(probe, { input: [{ a: 1 }], context })).toThrow('Function calls are not allowed in a filter');
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('reports a filter syntax the safe evaluator does not support as States.Runtime', () => {
    expect(() => readPath('$.list[?(@ in [1, 2])]', scope)).toThrow(StatesRuntime);
  });
});

// Recorded on AWS: a wildcard or slice over nothing gives an empty array, not a failure.
describe('readPath: conformance cases base-json-path-array-wildcard-or-slice-with-no-input*', () => {
  interface Recording {
    readonly id: string;
    readonly input: unknown;
    readonly definition: { readonly States: Record<string, { readonly Parameters?: Record<string, string> }> };
    readonly expected: { readonly output?: unknown };
  }
  const cases = readConformance<Recording>('cases').filter(({ name }) => name.startsWith('base-json-path-array-wildcard-or-slice-with-no-input'));

  it('finds the eight recordings', () => {
    expect(cases.length === 0 || cases.length === 8).toBe(true);
  });

  it.each(cases.map(({ data }) => [data.id, data] as const))('%s', (_id, data) => {
    const parameters = data.definition.States.EntryState?.Parameters ?? {};
    const output: Record<string, unknown> = {};
    for (const [key, path] of Object.entries(parameters)) {
      const read = readPath(path, { input: data.input, context: {} });
      expect(read.found).toBe(true);
      if (read.found) output[key.slice(0, -2)] = read.value;
    }
    expect(output).toEqual(data.expected.output);
  });
});

describe('readPath: properties', () => {
  const key = fc.constantFrom('a', 'b', 'c', 'list', '0', 'x y');
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.string(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  const segment = fc.oneof(
    key.map((k) => (k === 'x y' ? "['x y']" : `.${k}`)),
    fc.integer({ min: -3, max: 3 }).map((i) => `[${i}]`),
    fc.constantFrom('[*]', '.*', '[1:]', '[:2]', '[-2:]', '[0:2]', '[0,1]', "['a','b']", '..a', '..*', '..[0]', '[?(@.a)]', '[?(@ > 1)]'),
  );
  const path = fc.array(segment, { maxLength: 5 }).map((segments) => `$${segments.join('')}`);

  it('never throws on a valid path, whatever the JSON', () => {
    fc.assert(
      fc.property(json, path, (doc, text) => {
        const read = readPath(text, { input: doc, context: {} });
        expect(typeof read.found).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('an indefinite path always finds an array', () => {
    fc.assert(
      fc.property(json, path, (doc, text) => {
        fc.pre(/[*:]|\.\.|\?|\[-?\d+,/.test(text));
        const read = readPath(text, { input: doc, context: {} });
        expect(read.found && Array.isArray(read.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a definite path agrees with a plain walk', () => {
    const step = fc.oneof(key, fc.integer({ min: -2, max: 3 }));
    fc.assert(
      fc.property(json, fc.array(step, { maxLength: 4 }), (doc, steps) => {
        const text = `$${steps.map((s) => (typeof s === 'number' ? `[${s}]` : `['${s}']`)).join('')}`;
        let node: unknown = doc;
        let ok = true;
        for (const s of steps) {
          if (typeof s === 'number' && Array.isArray(node) && s >= -node.length && s < node.length) node = node.at(s);
          else if (typeof s === 'string' && typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, s)) {
            node = (node as Record<string, unknown>)[s];
          } else ok = false;
          if (!ok) break;
        }
        expect(readPath(text, { input: doc, context: {} })).toEqual(ok ? found(node) : missing);
      }),
      { numRuns: 2000 },
    );
  });
});
