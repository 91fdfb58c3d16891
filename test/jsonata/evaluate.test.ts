import { describe, expect, it } from 'vitest';
import {
  evaluateJsonata,
  evaluateJsonataValue,
  jsonataResultTypeError,
  jsonataUndefinedError,
  type JsonataScope,
} from '../../src/jsonata/evaluate.js';
import { StatesQueryEvaluationError } from '../../src/runtime/errors.js';
import { seededRandom } from '../../src/runtime/random.js';

function scope(overrides: Partial<JsonataScope> = {}): JsonataScope {
  return {
    states: { input: { a: 1, list: [1, 2, 3] }, context: { Execution: { Name: 'run-1' } } },
    variables: {},
    random: seededRandom(1),
    field: 'Output',
    stateName: 'S',
    ...overrides,
  };
}

describe('evaluateJsonata', () => {
  it('binds each $states member given', async () => {
    const s = scope({ states: { input: { a: 1 }, context: { c: 2 }, result: { r: 3 }, errorOutput: { Error: 'E' } } });
    expect(await evaluateJsonata('[$states.input.a, $states.context.c, $states.result.r, $states.errorOutput.Error]', s)).toEqual([
      1, 2, 3, 'E',
    ]);
  });

  it('leaves out the $states members not given', async () => {
    expect(await evaluateJsonata("$keys($states)", scope())).toEqual(['input', 'context']);
    expect(await evaluateJsonata('$states.result', scope())).toBeUndefined();
  });

  it('binds workflow variables as $name', async () => {
    expect(await evaluateJsonata('$x + $y.z', scope({ variables: { x: 2, y: { z: 3 } } }))).toBe(5);
  });

  it('keeps $states when a variable has the same name', async () => {
    expect(await evaluateJsonata('$states.input.a', scope({ variables: { states: 'shadow' } }))).toBe(1);
  });

  it('returns plain arrays (no jsonata sequence markers)', async () => {
    const result = await evaluateJsonata('$states.input.list.($ * 2)', scope());
    expect(result).toEqual([2, 4, 6]);
    expect(Object.getOwnPropertyNames(result)).toEqual(['0', '1', '2', 'length']);
  });

  it('returns undefined for an expression that yields nothing', async () => {
    expect(await evaluateJsonata('$states.input.none', scope())).toBeUndefined();
  });

  it('reports a jsonata error with its code, the trimmed body and the field', async () => {
    const error = await evaluateJsonata('  $nope(1)  ', scope({ field: 'Arguments/x' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatesQueryEvaluationError);
    expect(error).toMatchObject({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$nope(1)' specified for the field 'Arguments/x' threw an error during evaluation. T1006: Attempted to invoke a non-function",
    });
  });

  it('reports a type error from jsonata', async () => {
    await expect(evaluateJsonata("1 + 'a'", scope())).rejects.toMatchObject({
      cause: "The JSONata expression '1 + 'a'' specified for the field 'Output' threw an error during evaluation. T2002: The right side of the \"+\" operator must evaluate to a number",
    });
  });

  it('refuses a function result as AWS does', async () => {
    await expect(evaluateJsonata('$fn := function($x){$x}', scope({ field: 'Items' }))).rejects.toMatchObject({
      cause: "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.",
    });
    await expect(evaluateJsonata('{"f": $sum}', scope())).rejects.toThrow(StatesQueryEvaluationError);
  });

  it('compiles each body once and evaluates it many times, also concurrently', async () => {
    const results = await Promise.all([1, 2, 3].map((x) => evaluateJsonata('$x * 10', scope({ variables: { x } }))));
    expect(results).toEqual([10, 20, 30]);
  });
});

describe('evaluateJsonataValue', () => {
  it('evaluates every expression in a template and copies the rest', async () => {
    const template = {
      sum: '{% $sum($states.input.list) %}',
      nested: { list: ['{% $states.input.a %}', 'literal', 2, null, true], name: '{% $states.context.Execution.Name %}' },
      notExpression: ' {% 1 %}',
    };
    expect(await evaluateJsonataValue(template, scope())).toEqual({
      sum: 6,
      nested: { list: [1, 'literal', 2, null, true], name: 'run-1' },
      notExpression: ' {% 1 %}',
    });
  });

  it('evaluates a whole-string template', async () => {
    expect(await evaluateJsonataValue('{% $states.input.a + 1 %}', scope())).toBe(2);
  });

  it('names the nested field in a failure', async () => {
    await expect(evaluateJsonataValue({ FunctionResult: '{% $randomSeeded(1) %}' }, scope())).rejects.toMatchObject({
      cause: "The JSONata expression '$randomSeeded(1)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
    });
    await expect(evaluateJsonataValue({ a: [0, { b: '{% $states.input.none %}' }] }, scope())).rejects.toMatchObject({
      cause: "The JSONata expression '$states.input.none' specified for the field 'Output/a[1]/b' returned nothing (undefined).",
    });
  });

  it('fails on an expression that yields nothing', async () => {
    await expect(evaluateJsonataValue('{% $states.input.none %}', scope({ field: 'Arguments' }))).rejects.toMatchObject({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$states.input.none' specified for the field 'Arguments' returned nothing (undefined).",
    });
  });
});

describe('error builders', () => {
  it('word an undefined result as AWS does', () => {
    expect(jsonataUndefinedError(' $x ', 'Items').cause).toBe(
      "The JSONata expression '$x' specified for the field 'Items' returned nothing (undefined).",
    );
  });

  it.each<[string, unknown, string]>([
    ['null', null, "Expected 'array', but was 'null' for value: null"],
    ['1', 1, "Expected 'array', but was 'number' for value: 1"],
    ["'string'", 'string', "Expected 'array', but was 'string' for value: \"string\""],
    ['$ItemsVar', { foo: 'bar' }, "Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}"],
  ])('word an unexpected result type as AWS does (%s)', (body, value, tail) => {
    expect(jsonataResultTypeError(body, 'Items', 'array', value).cause).toBe(
      `The JSONata expression '${body}' specified for the field 'Items' returned an unexpected result type. ${tail}`,
    );
  });
});
