import jsonata from 'jsonata';
import { describe, expect, it } from 'vitest';
import { variableReferences } from '../../src/jsonata/variable-references.js';

const refs = (expression: string) => [...variableReferences(jsonata(expression).ast())].sort();

describe('variableReferences', () => {
  it('finds the workflow variables an expression reads', () => {
    expect(refs('$price * $quantity + $states.input.tax')).toEqual(['price', 'quantity']);
  });

  it('leaves out $states, $$, JSONata and AWS functions, and names the expression binds itself', () => {
    expect(refs('$sum($states.input) + $$.a + $uuid() + ($t := 1; $t) + $map([1], function($v) { $v })')).toEqual([]);
  });

  it('finds a variable read inside a lambda or a block that binds other names', () => {
    expect(refs('($t := $base; $map($items, function($v) { $v * $t * $rate }))')).toEqual(['base', 'items', 'rate']);
  });
});
