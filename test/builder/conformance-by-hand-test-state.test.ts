// TestState recordings (../shared/conformance/test-state, recorded on AWS) whose state uses
// ResultSelector, ResultPath, InputPath or OutputPath, written by hand with the builder: the built state
// deep-equals the recorded one and runs through testState() to the recorded result, compared as
// scripts/conformance-test-state.ts compares. Each state sits in a workflow whose input is the recording's
// `$$.Execution.Input` (a Pass gives the state its recorded input), so context paths are typed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { parseTestStateCase, type TestStateCase } from '../../scripts/test-state/case-file.js';
import { runTestStateCase } from '../../scripts/test-state/run-case.js';

function recorded(id: string): TestStateCase {
  const file = new URL(`../../../shared/conformance/test-state/${id}.json`, import.meta.url);
  return parseTestStateCase(JSON.parse(readFileSync(file, 'utf8')), file.pathname);
}

const ExecutionInput = z.object({ 'input-value': z.number(), message: z.string(), values: z.array(z.string()) });
const Pokemon = z.object({ pokemon: z.array(z.string()) });
const lambdaRequest = { result: { FunctionName: 'lambda_function_name', Payload: { 'input-value': 0 } } } as const;
const invoke = {
  resource: 'arn:aws:states:::lambda:invoke',
  parameters: { 'FunctionName.$': '$.FunctionName', Payload: { 'Input.$': '$' } },
  result: Pokemon,
} as const;

const written: Record<string, { readonly name: string; readonly wf: { toAsl(): { States: Record<string, unknown> } } }> = {
  // ResultSelector reads the task result and an array inside the execution input.
  'test-state-context-object-state-task-context-object-execution-input-values': {
    name: 'MyTaskState',
    wf: workflow('Case', { input: ExecutionInput })
      .pass('Request', lambdaRequest)
      .task('MyTaskState', { ...invoke, resultSelector: { 'LambdaOutput.$': '$', 'ContextObjectValue.$': '$$.Execution.Input.values' } }),
  },

  // ResultSelector reads the whole execution input.
  'test-state-context-object-state-task-context-object-execution-input': {
    name: 'MyTaskState',
    wf: workflow('Case', { input: ExecutionInput })
      .pass('Request', lambdaRequest)
      .task('MyTaskState', { ...invoke, resultSelector: { 'LambdaOutput.$': '$', 'ContextObjectValue.$': '$$.Execution.Input' } }),
  },

  // A callback task passing the task token; the token's answer lands at ResultPath.
  'test-state-context-object-state-wait-task-context-object': {
    name: 'MyTaskState',
    wf: workflow('Case', { input: ExecutionInput })
      .pass('Request', { result: {} })
      .task('MyTaskState', {
        comment: 'IO_SQS_SERVICE_TASK_WAIT',
        resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        parameters: {
          QueueUrl: 'https://sqs.<region_name>.amazonaws.com/<account_id>/test-queue',
          MessageBody: { Message: 'Hello from Step Functions!', 'TaskToken.$': '$$.Task.Token' },
        },
        result: Pokemon,
        resultPath: '$.SQS',
      })
      .succeed('NEXT_STATE'),
  },

  // InputPath narrows the input, the branch outputs land at ResultPath of the whole input, OutputPath '$' keeps it.
  'test-state-mock-scenarios-io-parallel-state-mock-success-trace': {
    name: 'Parallel',
    wf: workflow<{ parallelInput: { data: string } }>('Case')
      .parallel('Parallel', (b) => [b.pass('B1'), b.pass('B2')], { inputPath: '$.parallelInput', resultPath: '$.parallelResult', outputPath: '$' }),
  },

  // ResultPath puts the service response beside the request, OutputPath keeps only the response.
  'test-state-mock-scenarios-io-dynamodb-service-task-mock-success-io-output-path': {
    name: 'PutItem',
    wf: workflow<{ TableName: string; Item: Record<string, { S: string }> }>('Case')
      .task('PutItem', {
        resource: 'arn:aws:states:::dynamodb:putItem',
        parameters: { 'TableName.$': '$.TableName', 'Item.$': '$.Item' },
        result: z.object({ SdkHttpMetadata: z.object({ HttpStatusCode: z.number() }) }),
        resultPath: '$.putItemOutput',
        outputPath: '$.putItemOutput',
      }),
  },
};

describe('TestState recordings written with the builder', () => {
  for (const [id, { name, wf }] of Object.entries(written)) {
    it(`${id}: builds the recorded state and testState gives the recorded result`, async () => {
      const c = recorded(id);
      const state = wf.toAsl().States[name];
      expect(state).toEqual(c.state);
      expect(await runTestStateCase({ ...c, state })).toEqual({ id, pass: true });
    });
  }

  it('would notice a different ResultSelector (the comparison can fail)', async () => {
    const id = 'test-state-context-object-state-task-context-object-execution-input-values';
    const c = recorded(id);
    const other = workflow('Case', { input: ExecutionInput })
      .pass('Request', lambdaRequest)
      .task('MyTaskState', { ...invoke, resultSelector: { 'LambdaOutput.$': '$.pokemon', 'ContextObjectValue.$': '$$.Execution.Input.values' } });
    const outcome = await runTestStateCase({ ...c, state: other.toAsl().States.MyTaskState });
    expect(outcome).toMatchObject({ id, pass: false, reason: expect.stringContaining('LambdaOutput') as unknown });
  });
});
