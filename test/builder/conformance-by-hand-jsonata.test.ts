// Conformance cases (../shared/conformance/cases, recorded on AWS) with JSONata states and workflow
// variables, written by hand with the builder: each compiles to the recorded definition and runs to
// the recorded result (Task states answered by the case's MockConfigFile).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { condition, jsonata, workflow } from 'statewright';
import { execute } from 'statewright/runtime';

interface Case {
  readonly definition: unknown;
  readonly input: unknown;
  readonly expected: { readonly status: string; readonly output?: unknown; readonly error?: string; readonly cause?: string };
  readonly mockConfig?: unknown;
}

function recorded(id: string): Case {
  return JSON.parse(readFileSync(new URL(`../../../shared/conformance/cases/${id}.json`, import.meta.url), 'utf8')) as Case;
}

/**
 * The recorder re-serialised mocked Lambda causes with Python's separators, where AWS gave compact JSON
 * (scripts/conformance/mock-exceptions.ts): the mocks are given AWS's compact form.
 */
function withCompactCauses(mockConfig: unknown): unknown {
  const compact = (text: string): string => {
    try {
      return JSON.stringify(JSON.parse(text));
    } catch {
      return text;
    }
  };
  return JSON.parse(JSON.stringify(mockConfig), (key, value: unknown) => (key === 'Cause' && typeof value === 'string' ? compact(value) : value));
}

const Empty = z.looseObject({});
const LAMBDA = 'arn:aws:lambda:us-east-1:111111111111:function:fn-function-arn';
const Values = z.object({ input_value: z.string(), input_values: z.array(z.number()) });

const written: Record<string, { toAsl(): unknown }> = {
  // JSONata Map: Items and ItemSelector read a variable; $states.context.Map.Item.Value is the item.
  'scenarios-map-state-item-selector-map-state-item-selector-jsonata': workflow('Case', { input: Empty, queryLanguage: 'JSONata' })
    .pass('Start', { assign: { ItemsVar: ['Item1', 'Item2'] } })
    .map('MapIterateState', {
      maxConcurrency: 1,
      items: '{% $ItemsVar %}',
      itemSelector: { map_item_value: '{% $states.context.Map.Item.Value %}', var_sample: '{% $ItemsVar %}', string_literal: 'string literal' },
      mode: 'INLINE',
      processor: (item) => item.pass('Pass'),
    }),

  // JSONPath Assign, then one JSONata Task whose Arguments and Output read $states and the variables.
  'outputdecl-base-lambda-base-lambda': workflow('Case', { input: Values })
    .pass('Init', { assign: { 'var_input_value.$': '$.input_value', var_constant_1: 1 } })
    .task('State0', {
      queryLanguage: 'JSONata',
      resource: LAMBDA,
      arguments: {
        ja_states_input: '{% $states.input %}',
        ja_var_access: '{% $var_input_value %}',
        ja_expr: jsonata<number>('{% $sum($states.input.input_values) + $var_constant_1 %}'),
      },
      result: z.object({ ja_expr: z.number() }).loose(),
      output: {
        ja_var_access: '{% $var_input_value %}',
        ja_expr: jsonata<number>('{% $sum($states.input.input_values) + $var_constant_1 %}'),
        ja_states_input: '{% $states.input %}',
        ja_states_result: '{% $states.result %}',
        ja_states_result_access: '{% $states.result.ja_expr %}',
      },
    }),

  // A JSONata Task's Assign (its Output defaults to the result).
  'arguments-base-cases-base-lambda-expression': workflow('Case', { input: Values })
    .pass('Init', { assign: { 'var_input_value.$': '$.input_value', var_constant_1: 1 } })
    .task('State0', {
      queryLanguage: 'JSONata',
      resource: LAMBDA,
      arguments: {
        ja_states_input: '{% $states.input %}',
        ja_var_access: '{% $var_input_value %}',
        ja_expr: jsonata<number>('{% $sum($states.input.input_values) + $var_constant_1 %}'),
      },
      assign: {
        ja_var_access: '{% $var_input_value %}',
        ja_expr: jsonata<number>('{% $sum($states.input.input_values) + $var_constant_1 %}'),
      },
    }),

  // Parallel branches read an outer variable ($x) and assign their own, which stay inside.
  'assign-base-parallel-cases-base-scope-parallel': workflow('Case', { input: Empty })
    .pass('State0', { assign: { x: 42 } })
    .parallel('State1', (b) => [
      b.pass('Branch1', { assign: { 'innerX.$': '$x', 'value.$': '$' } }),
      b.pass('Branch21', { assign: { 'innerX.$': '$x', 'value.$': '$' } }),
      b.pass('Branch31', { assign: { 'innerX.$': '$x', 'value.$': '$' } }),
    ]),

  // A JSONata catcher's Output: the state input and $states.errorOutput reach the handler.
  'states-vars-error-output-task-catch-error-output-task-catch-error-output': workflow('Case', { input: Empty, comment: 'TASK_CATCH_ERROR_OUTPUT' })
    .task('Task', {
      queryLanguage: 'JSONata',
      resource: 'arn:aws:states:::lambda:invoke',
      arguments: { FunctionName: LAMBDA, Payload: { foo: 'foobar' } },
      catch: [{ errorEquals: ['States.ALL'], output: { stateInput: '{% $states.input %}', stateError: '{% $states.errorOutput %}' }, next: 'Fallback' }],
      output: { stateInput: '{% $states.input %}', stateResult: '{% $states.result %}' },
    })
    .pass('Finish', { queryLanguage: 'JSONata', output: { result: '{% $states.input %}' } })
    .end()
    .pass('Fallback', { queryLanguage: 'JSONata', output: { error: '{% $states.input %}' } }),

  // A JSONata catcher's Assign (in place of the state's): a later state reads the error through the variable.
  'states-vars-error-output-catch-error-variable-sampling-task-catch-error-variable-sampling': workflow('Case', { input: Empty, queryLanguage: 'JSONata', comment: 'TASK_CATCH_ERROR_VARIABLE_SAMPLING' })
    .task('Task', {
      resource: 'arn:aws:states:::lambda:invoke',
      arguments: { FunctionName: LAMBDA, Payload: { foo: 'foobar' } },
      catch: [{ errorEquals: ['States.ALL'], assign: { inputVar: '{% $states.input %}', errorVar: '{% $states.errorOutput %}' }, next: 'Fallback' }],
      assign: { inputVar: '{% $states.input %}', resultVar: '{% $states.result %}' },
    })
    .pass('Finish', { output: { result: '{% $resultVar %}' } })
    .end()
    .pass('Fallback', { output: { error: '{% $errorVar %}' } }),

  // JSONPath rule-level Assign replaces the state's when the rule matches; here the default is taken.
  'assign-reference-variables-assign-in-choice-state-incorrect': workflow('Case', { input: z.object({ input_value: z.union([z.string(), z.number()]).optional() }), comment: 'BASE_ASSIGN_IN_CHOICE' })
    .choice('CheckInputState', (c) => c
      .when(c.isPresent('$.input_value', false), 'FinalState', { assign: { status: 'UNKNOWN' } })
      .when(c.numericEquals('$.input_value', 42), 'FinalState', { assign: { status: 'CORRECT' } })
      .otherwise(), { assign: { status: 'INCORRECT', 'guess.$': '$.input_value' } })
    .pass('FinalState', { parameters: { 'result.$': '$status' } }),

  // JSONPath conditions reading variables ("Variable": "$guess", "StringEqualsPath": "$answer"), and a loop back.
  'assign-reference-variables-reference-assign-base-reference-in-choice': workflow('Case', { input: Empty, comment: 'BASE_REFERENCE_IN_CHOICE' })
    .pass('Setup', { assign: { guess: 'the_guess', answer: 'the_answer' } })
    .choice('CheckAnswer', (c) => c
      .when(c.stringEqualsPath('$guess', '$answer'), (b) => b.pass('CorrectAnswer', { result: { state: 'CORRECT' } }).end())
      .otherwise())
    .pass('WrongAnswer', { assign: { 'guess.$': '$answer' }, result: { state: 'WRONG' } })
    .goto('CheckAnswer'),

  // JSONata rule-level Assign.
  'assign-base-assign-in-choice-condition-true': workflow('Case', { input: z.object({ condition: z.boolean() }), queryLanguage: 'JSONata' })
    .choice('ChoiceState', (c) => c
      .when(condition('{% $states.input.condition %}'), (b) => b.pass('ConditionTrue').end(), { assign: { Assignment: 'Condition assignment' } })
      .otherwise(), { assign: { Assignment: 'Default Assignment' } })
    .fail('DefaultState', { cause: 'Condition is false' }),

  // JSONata rule-level Output: what the next state receives when the rule matches.
  'outputdecl-output-in-choice-condition-true': workflow('Case', { input: z.object({ condition: z.boolean() }), queryLanguage: 'JSONata' })
    .choice('ChoiceState', (c) => c
      .when(condition('{% $states.input.condition %}'), (b) => b.pass('ConditionTrue').end(), { output: 'Condition Output block' })
      .otherwise(), { output: 'Default Output block' })
    .fail('DefaultState', { cause: 'Condition is false' }),

  // A state that names its (default) query language, then a JSONata state reassigning a variable.
  'ql-mixed-query-language-variable-sampling-jsonpath-assign-jsonata-ref': workflow('Case', { input: Empty, comment: 'JSONPATH_ASSIGN_JSONATA_REF' })
    .pass('JSONPathState', { queryLanguage: 'JSONPath', assign: { theAnswer: 42 } })
    .pass('JSONataState', { queryLanguage: 'JSONata', assign: { theAnswer: 18, oldAnswer: '{% $theAnswer %}' } }),
};

describe('JSONata and variables conformance cases written with the builder', () => {
  for (const [id, wf] of Object.entries(written)) {
    it(`${id}: compiles to the recorded definition and runs to the recorded result`, async () => {
      const { definition, input, expected, mockConfig } = recorded(id);
      expect(wf.toAsl()).toEqual(definition);
      const mocks = mockConfig === undefined ? {} : { mockConfig: withCompactCauses(mockConfig), stateMachineName: 'Case', testCase: 'Recorded' };
      const result = await execute(wf.toAsl(), { input, ...mocks });
      expect({ status: result.status, output: result.output, error: result.error, cause: result.cause }).toEqual({
        status: expected.status,
        output: expected.output,
        error: expected.error,
        cause: expected.cause,
      });
    });
  }
});
