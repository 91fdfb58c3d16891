import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';
import { outputOf } from './flow-of.js';

// Inside a Parallel branch or a Map processor, `$$.Execution.Input` is still the execution's input,
// not the branch's (AWS: the context object describes the execution).
const Order = z.object({ orderId: z.string(), lines: z.array(z.object({ sku: z.string() })) });
const start = workflow('W', { input: Order });
interface OrderInput { orderId: string; lines: { sku: string }[] }

describe('$$.Execution.Input inside branches', () => {
  it('is the execution input in a Map processor, also in a nested Parallel branch', () => {
    const wf = start.map('Each Line', {
      itemsPath: '$.lines',
      processor: (line) =>
        line.parallel('Both', (b) => [b.pass('Tag', { parameters: { 'order.$': '$$.Execution.Input.orderId', 'sku.$': '$.sku' } })]),
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<[{ order: string; sku: string }][]>();
  });

  it('is the execution input in a Parallel branch, for outputPath and Fail paths too', () => {
    const wf = start.parallel('Both', (b) => [b.pass('Whole', { outputPath: '$$.Execution.Input' })], { inputPath: '$.lines' });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<[OrderInput]>();
    start.parallel('Both', (b) => [b.fail('Stop', { causePath: '$$.Execution.Input.orderId' })], { inputPath: '$.lines' });
  });

  it('is the execution input in a JSONata branch', () => {
    const wf = start.parallel('Both', (b) => [b.pass('Ctx', { queryLanguage: 'JSONata', output: '{% $states.context.Execution.Input %}' })], { inputPath: '$.lines' });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<[OrderInput]>();
  });

  it("refuses the branch input's keys under $$.Execution.Input", () => {
    start.map('Each Line', {
      itemsPath: '$.lines',
      // @ts-expect-error: sku is a key of the item, not of the execution input
      processor: (line) => line.pass('Tag', { parameters: { 'sku.$': '$$.Execution.Input.sku' } }),
    });
  });
});
