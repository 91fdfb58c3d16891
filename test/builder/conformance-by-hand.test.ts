// Conformance cases (../shared/conformance/cases, recorded on AWS) written by hand with the builder:
// each compiles to the recorded definition and runs to the recorded result, compared as the
// conformance script compares (placeholders such as <ArnPart_0idx> match the executor's values; Task
// states answered by the case's MockConfigFile).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { startExecution } from 'statewright/runtime';
import { parseCase, type ConformanceCase } from '../../scripts/conformance/case-file.js';
import { runCase } from '../../scripts/conformance/run-case.js';

function recorded(id: string): ConformanceCase {
  const file = new URL(`../../../shared/conformance/cases/${id}.json`, import.meta.url);
  return parseCase(JSON.parse(readFileSync(file, 'utf8')), file.pathname);
}

const Empty = z.looseObject({});

const written: Record<string, { toAsl(): unknown }> = {
  'intrinsic-hash-calculations-hash-0': workflow('Case', { input: z.object({ FunctionInput: z.object({ fst: z.string(), snd: z.string() }) }), comment: 'HASH' })
    .pass('State_0', { parameters: { 'FunctionResult.$': 'States.Hash($.FunctionInput.fst, $.FunctionInput.snd)' } }),

  'choice-operators-boolean-equals-0': workflow('Case', { input: z.object({ Variable: z.boolean().nullable(), Value: z.boolean() }), comment: 'BASE_TEMPLATE' })
    .choice('CheckValues', (c) => c
      .when(c.booleanEquals('$.Variable', true), (b) => b.pass('ConditionTrue', { result: { 'TestResult.$': 'ConditionTrue' } }).end())
      .otherwise())
    .pass('ConditionFalse', { result: { 'TestResult.$': 'ConditionFalse' } }),

  'scenarios-retry-interval-features': workflow('Case', { input: Empty, comment: 'RETRY_INTERVAL_FEATURES' })
    .task('LambdaTask', {
      resource: 'arn:aws:lambda:us-east-1:111111111111:function:fn-function-arn',
      retry: [{ comment: 'Includes all retry langauge features.', errorEquals: ['States.ALL'], intervalSeconds: 3, maxAttempts: 2, backoffRate: 2, maxDelaySeconds: 5, jitterStrategy: 'FULL' }],
    }),

  'scenarios-parallel-state-catch': workflow('Case', { input: Empty, comment: 'PARALLEL_STATE_CATCH' })
    .parallel('ParallelState', (b) => [b.fail('Branch1', { error: 'FailureType', cause: 'Cause description' })], {
      catch: [{ errorEquals: ['FailureType'], next: 'FinalCaught' }],
    })
    .pass('Final')
    .end()
    .pass('FinalCaught'),

  'scenarios-parallel-state-retry': workflow('Case', { input: Empty, comment: 'PARALLEL_STATE_RETRY' })
    .parallel('ParallelState', (b) => [b.fail('Branch1', { error: 'FailureType', cause: 'Cause description' })], {
      retry: [{ errorEquals: ['FailureType'], maxAttempts: 2 }],
    })
    .pass('Final'),

  'scenarios-parallel-state-parallel-state-parameters': workflow('Case', { input: Empty })
    .parallel('TestState', (b) => [b.pass('Branch0State0'), b.pass('Branch1State0')], {
      parameters: { 'static-input-0': 0, 'static-input-1': [1] },
    }),

  'scenarios-map-state-no-processor-config': workflow('Case', { input: Empty, comment: 'MAP_STATE_NO_PROCESSOR_CONFIG' })
    .pass('StartState', { result: [1, 2, 3], resultPath: '$.arr' })
    .map('MapState', { itemsPath: '$.arr', maxConcurrency: 1, processor: (item) => item.pass('HandleItem') }),

  'scenarios-map-state-item-selector-map-state-item-selector': workflow('Case', { input: Empty })
    .pass('StartState', {
      result: {
        detail: {
          'delivery-partner': 'UQS',
          shipped: [
            { prod: 'R31', 'dest-code': 9511, quantity: 1344 },
            { prod: 'S39', 'dest-code': 9511, quantity: 40 },
            { prod: 'R31', 'dest-code': 9833, quantity: 12 },
            { prod: 'R40', 'dest-code': 9860, quantity: 887 },
            { prod: 'R40', 'dest-code': 9511, quantity: 1220 },
          ],
        },
      },
    })
    .map('MapState', {
      inputPath: '$.detail',
      itemsPath: '$.shipped',
      itemSelector: {
        'original_input.$': '$',
        'iteration_input_value.$': '$$.Map.Item.Value',
        'iteration_index.$': '$$.Map.Item.Index',
        'from_input_constant.$': '$.delivery-partner',
        constant_value: 'HelloWorld',
      },
      mode: 'INLINE',
      maxConcurrency: 1,
      processor: (item) => item.pass('HandleItem'),
      resultPath: '$.detail.shipped_output',
    })
    .pass('Final'),

  'base-query-context-object-values': workflow('Case', { input: z.object({ message: z.string() }), comment: 'QUERY_CONTEXT_OBJECT_VALUES' })
    .pass('QueryValues1', {
      parameters: {
        'context_object.$': '$$',
        'execution.$': '$$.Execution',
        'execution_id.$': '$$.Execution.Id',
        'execution_input.$': '$$.Execution.Input',
        'execution_name.$': '$$.Execution.Name',
        'execution_rolearn.$': '$$.Execution.RoleArn',
        'execution_starttime.$': '$$.Execution.StartTime',
        'state.$': '$$.State',
        'state_enteredtime.$': '$$.State.EnteredTime',
        'state_name.$': '$$.State.Name',
        'statemachine.$': '$$.StateMachine',
        'statemachine_id.$': '$$.StateMachine.Id',
        'statemachine_name.$': '$$.StateMachine.Name',
      },
      resultPath: '$.query_values_1',
    })
    .pass('QueryValues2', { parameters: { 'context_object.$': '$$' }, resultPath: '$.query_values_2' }),

  'context-object-error-cause-path': workflow('Case', { input: Empty })
    .fail('StartState', { errorPath: '$$.State.Name', causePath: '$$.StateMachine.Name' }),

  // OutputPath reading the context object: all of it, or the execution input.
  'context-object-output-path': workflow('Case', { input: z.object({ 'input-value': z.number() }), comment: 'CONTEXT_OBJECT_OUTPUT_PATH' })
    .pass('TestState', { outputPath: '$$' }),

  'context-object-output-path-execution-input': workflow('Case', { input: z.object({ 'input-value': z.number() }), comment: 'CONTEXT_OBJECT_OUTPUT_PATH' })
    .pass('TestState', { outputPath: '$$.Execution.Input' }),

  'intrinsic-generic-nested-calls-2': workflow('Case', { input: z.object({ FunctionInput: z.null() }), comment: 'NESTED_CALLS_2' })
    .pass('State0', {
      parameters: {
        'FunctionResult.$': "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))",
      },
    }),
};

describe('conformance cases written with the builder', () => {
  for (const [id, wf] of Object.entries(written)) {
    it(`${id}: compiles to the recorded definition and runs to the recorded result`, async () => {
      const recording = recorded(id);
      const definition = wf.toAsl();
      expect(definition).toEqual(recording.definition);
      const outcome = await runCase({ ...recording, definition }, { start: startExecution });
      expect(outcome.reason).toBeUndefined();
      expect(outcome.pass).toBe(true);
    });
  }
});
