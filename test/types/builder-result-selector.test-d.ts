import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { outputOf } from './flow-of.js';

// The data flow of the TestState recordings written in test/builder/conformance-by-hand-test-state.test.ts.
const ExecutionInput = z.object({ 'input-value': z.number(), message: z.string(), values: z.array(z.string()) });
const Pokemon = z.object({ pokemon: z.array(z.string()) });
const start = workflow('Case', { input: ExecutionInput }).pass('Request', { result: { FunctionName: 'lambda_function_name' } });
const INVOKE = 'arn:aws:states:::lambda:invoke';

describe('resultSelector reading the result and the context object', () => {
  it('gives the selected result, with $$.Execution.Input typed as the workflow input', () => {
    const wf = start.task('T', { resource: INVOKE, result: Pokemon, resultSelector: { 'LambdaOutput.$': '$', 'ContextObjectValue.$': '$$.Execution.Input.values' } });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ LambdaOutput: { pokemon: string[] }; ContextObjectValue: string[] }>();
    const whole = start.task('T', { resource: INVOKE, result: Pokemon, resultSelector: { 'ContextObjectValue.$': '$$.Execution.Input' } });
    expectTypeOf(outputOf(whole)).toEqualTypeOf<{ ContextObjectValue: { 'input-value': number; message: string; values: string[] } }>();
  });

  it('puts the selected result at resultPath, and outputPath picks from there', () => {
    const wf = start.task('T', { resource: INVOKE, result: Pokemon, resultSelector: { 'first.$': '$.pokemon[0]' }, resultPath: '$.selected' });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ FunctionName: 'lambda_function_name'; selected: { first: string } }>();
    const picked = start.task('T', { resource: INVOKE, result: Pokemon, resultSelector: { 'first.$': '$.pokemon[0]' }, resultPath: '$.selected', outputPath: '$.selected' });
    expectTypeOf(outputOf(picked)).toEqualTypeOf<{ first: string }>();
  });

  it('refuses context paths the execution input does not have', () => {
    // @ts-expect-error: the execution input has no key nope
    start.task('T', { resource: INVOKE, result: Pokemon, resultSelector: { 'x.$': '$$.Execution.Input.nope' } });
    // @ts-expect-error: resultSelector reads the result, not the state input (FunctionName)
    start.task('T', { resource: INVOKE, result: Pokemon, resultSelector: { 'x.$': '$.FunctionName' } });
  });
});
