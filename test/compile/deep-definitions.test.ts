import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { execute } from '../../src/runtime/index.js';

/** A Parallel (or inline Map) holding one more of itself, `depth` times, around a Pass. */
function nested(kind: 'Parallel' | 'Map', depth: number): Record<string, unknown> {
  let scope: Record<string, unknown> = { StartAt: 'Leaf', States: { Leaf: { Type: 'Pass', End: true } } };
  for (let i = 0; i < depth; i++) {
    const name = `${kind}${String(i)}`;
    const state = kind === 'Parallel' ? { Type: 'Parallel', Branches: [scope], End: true } : { Type: 'Map', ItemProcessor: scope, End: true };
    scope = { StartAt: name, States: { [name]: state } };
  }
  return scope;
}

function deepObject(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('deeply nested definitions give a clear error or work, never a stack overflow', () => {
  it.each(['Parallel', 'Map'] as const)('refuses a %s nested 100 deep as TOO_DEEPLY_NESTED', (kind) => {
    const diagnostics = validate(nested(kind, 100));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'TOO_DEEPLY_NESTED', severity: 'ERROR', message: 'Parallel and Map states are nested more than 40 levels deep' });
  });

  it.each(['Parallel', 'Map'] as const)('refuses a %s nested 1,000 deep (JSON 4,000 levels deep) as INVALID_JSON_DESCRIPTION', (kind) => {
    expect(validate(nested(kind, 1000))).toEqual([
      expect.objectContaining({ code: 'INVALID_JSON_DESCRIPTION', message: 'Definition nests objects and arrays more than 1000 levels deep' }),
    ]);
  });

  it('runs Parallel states nested 30 deep', async () => {
    const result = await execute(nested('Parallel', 30), { input: { x: 1 } });
    let output = result.output;
    for (let i = 0; i < 30; i++) output = (output as unknown[])[0];
    expect(output).toEqual({ x: 1 });
  });

  it.each([
    ['Result', (json: unknown) => ({ Type: 'Pass', Result: json, End: true }), '/States/A/Result'],
    ['Parameters', (json: unknown) => ({ Type: 'Pass', Parameters: json, End: true }), '/States/A/Parameters'],
    ['Output', (json: unknown) => ({ Type: 'Pass', QueryLanguage: 'JSONata', Output: json, End: true }), '/States/A/Output'],
  ])('refuses JSON nested 100,000 deep in %s with INVALID_JSON_DESCRIPTION at the first level too deep', (_, state, field) => {
    const diagnostics = validate({ StartAt: 'A', States: { A: state(deepObject(100_000, 1)) } });
    expect(diagnostics).toEqual([
      { code: 'INVALID_JSON_DESCRIPTION', severity: 'ERROR', path: `${field}${'/a'.repeat(997)}`, message: 'Definition nests objects and arrays more than 1000 levels deep' },
    ]);
  });

  it('refuses definition text nested 100,000 deep the same way', () => {
    const text = `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":${'['.repeat(100_000)}${']'.repeat(100_000)},"End":true}}}`;
    expect(validate(text)).toEqual([expect.objectContaining({ code: 'INVALID_JSON_DESCRIPTION', path: `/States/A/Result${'/0'.repeat(997)}` })]);
  });

  it('reports malformed text nested 100,000 deep as invalid JSON', () => {
    expect(validate('['.repeat(100_000))).toEqual([{ code: 'INVALID_JSON_DESCRIPTION', severity: 'ERROR', path: '', message: 'Invalid JSON' }]);
  });

  it('validates and runs JSON nested 990 deep in Result, Parameters and a JSONata Output', async () => {
    const states = {
      R: { Type: 'Pass', Result: deepObject(990, 1), ResultPath: '$.r', Next: 'P' },
      P: { Type: 'Pass', Parameters: deepObject(990, { 'x.$': '$.x' }), ResultPath: '$.p', Next: 'O' },
      O: { Type: 'Pass', QueryLanguage: 'JSONata', Output: deepObject(990, '{% $states.input.x %}'), End: true },
    };
    const definition = { StartAt: 'R', States: states };
    expect(validate(definition)).toEqual([]);
    const result = await execute(definition, { input: { x: 7 } });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual(deepObject(990, 7));
  });
});
