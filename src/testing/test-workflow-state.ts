import { Chain } from '../builder/chain.js';
import type { Flow, FlowOf } from '../builder/index.js';
import { testState as runTestState } from '../runtime/test-state/test-state.js';
import type { FieldValidationMode, TestStateOptions, TestStateResult } from '../runtime/test-state/types.js';
import { checkMockResult } from './mock-result-schema.js';

/** The mock of a state `N` of record `X`: a Task's result typed by its `result` schema, or an error. */
export type StateMock<X extends Flow, N extends string> = (
  | { readonly result: N extends keyof X['results'] ? X['results'][N] : unknown; readonly errorOutput?: undefined }
  | { readonly errorOutput: { readonly error: string; readonly cause: string }; readonly result?: undefined }
) & { readonly fieldValidationMode?: FieldValidationMode | undefined };

/** Options of {@link testState} for state `N` of record `X`: the input and mock typed for that state. */
export interface StateTestOptions<X extends Flow, N extends string> extends Omit<TestStateOptions, 'input' | 'mock'> {
  /** The state's input (default `{}`). */
  readonly input?: X['inputs'][N & keyof X['inputs']];
  /** What answers a Task (its typed result, or an error), Map or Parallel state. */
  readonly mock?: StateMock<X, N> | undefined;
}

/**
 * Runs one state of a workflow built with `workflow()` as AWS's TestState API does (see `testState` in
 * `statewright/runtime`), with the state name, its input and its mocked result typed by the workflow.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { testState } from 'statewright/testing';
 *
 * const wf = workflow('Jobs', { input: z.object({ id: z.string() }) })
 *   .task('Check', { resource: 'arn:aws:lambda:us-east-1:123456789012:function:Check', result: z.enum(['OK', 'BAD']), resultPath: '$.status' })
 *   .succeed('Done');
 * const response = await testState(wf, 'Check', { input: { id: 'j-1' }, mock: { result: 'OK' } });
 * console.log(response.status, response.output, response.nextState); // SUCCEEDED { id: 'j-1', status: 'OK' } Done
 * ```
 */
export async function testState<W extends { readonly '~flow'?: Flow; readonly toAsl: unknown }, const N extends FlowOf<W>['names']>(
  workflow: W,
  state: N,
  options: StateTestOptions<FlowOf<W>, N> = {},
): Promise<TestStateResult> {
  if (!(workflow instanceof Chain)) throw new TypeError('testState(workflow, state, options) takes a workflow built with workflow(); for ASL use testState from statewright/runtime');
  const schema = workflow.graph.results.get(state);
  if (schema !== undefined && options.mock?.errorOutput === undefined && options.mock !== undefined) checkMockResult(state, schema, options.mock.result, '');
  return runTestState({ definition: workflow.toAsl(), stateName: state }, options);
}
