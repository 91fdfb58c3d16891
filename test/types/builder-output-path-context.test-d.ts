import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { outputOf, workflowOutputOf } from './flow-of.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';
const start = workflow('W', { input: z.object({ 'input-value': z.number(), items: z.array(z.string()) }) });

describe('outputPath reading the context object', () => {
  it('selects in the context object: $$.Execution.Input is the workflow input', () => {
    expectTypeOf(outputOf(start.pass('P', { outputPath: '$$.Execution.Input' }))).toEqualTypeOf<{ 'input-value': number; items: string[] }>();
    expectTypeOf(outputOf(start.pass('P', { outputPath: '$$.Execution.Name' }))).toEqualTypeOf<string>();
    expectTypeOf(outputOf(start.task('T', { resource: FN, result: z.number(), outputPath: '$$.State.RetryCount' }))).toEqualTypeOf<number>();
    expectTypeOf(outputOf(start.map('M', { itemsPath: '$.items', processor: (i) => i.pass('Each'), outputPath: '$$.Execution.Input' }))).toEqualTypeOf<{ 'input-value': number; items: string[] }>();
    expectTypeOf(outputOf(start.parallel('Pa', (b) => [b.pass('B1')], { outputPath: '$$.StateMachine.Name' }))).toEqualTypeOf<string>();
    const whole = start.pass('P', { outputPath: '$$' });
    expectTypeOf(outputOf(whole).Execution.Input).toEqualTypeOf<{ 'input-value': number; items: string[] }>();
  });

  it('selects in the context object on Wait and Succeed states too', () => {
    expectTypeOf(outputOf(start.wait('Pause', { seconds: 1, outputPath: '$$.Execution.Input' }))).toEqualTypeOf<{ 'input-value': number; items: string[] }>();
    expectTypeOf(outputOf(start.wait('Pause', { seconds: 1, outputPath: '$$.State.EnteredTime' }))).toEqualTypeOf<string>();
    expectTypeOf(workflowOutputOf(start.succeed('Done', { outputPath: '$$.Execution.Input.items' }))).toEqualTypeOf<string[]>();
    expectTypeOf(workflowOutputOf(start.succeed('Done', { inputPath: '$.items', outputPath: '$$.Execution.Name' }))).toEqualTypeOf<string>();
  });

  it('refuses context paths that do not exist', () => {
    // @ts-expect-error: the context object has no State.Nope
    start.wait('Pause', { seconds: 1, outputPath: '$$.State.Nope' });
    // @ts-expect-error: the execution input has no key missing
    start.succeed('Done', { outputPath: '$$.Execution.Input.missing' });
    // @ts-expect-error: the context object has no Nope
    start.pass('P', { outputPath: '$$.Nope' });
    // @ts-expect-error: the execution input has no key missing
    start.pass('P', { outputPath: '$$.Execution.Input.missing' });
  });
});
