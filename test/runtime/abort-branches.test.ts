import { describe, expect, it } from 'vitest';
import { execute, startExecution, type ExecutionResult } from '../../src/runtime/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Hang';
const hang = { tasks: {}, taskResources: { [LAMBDA]: () => new Promise(() => undefined) } };
/**
 * Handlers still at real work (an unref'd timer they started): the virtual clock holds for them, so the
 * branches are running when stop() comes. Handlers that only wait would let it jump to the execution's
 * one-year limit at once.
 */
const working = {
  tasks: {},
  taskResources: { [LAMBDA]: () => new Promise((resolve) => { setTimeout(resolve, 60_000).unref(); }) },
};
const types = (result: ExecutionResult): string[] => result.events.map((e) => e.type);
const count = (result: ExecutionResult, type: string): number => types(result).filter((t) => t === type).length;

/** Lets the execution start every branch. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('stop() during a Map or Parallel', () => {
  it('aborts every running Parallel branch, then the Parallel, then the execution', async () => {
    const branch = (name: string): object => ({ StartAt: name, States: { [name]: { Type: 'Task', Resource: LAMBDA, End: true } } });
    const handle = startExecution({ StartAt: 'All', States: { All: { Type: 'Parallel', Branches: [branch('A'), branch('B'), branch('C')], End: true } } }, working);
    await settle();
    handle.stop('Operator.Stop', 'enough');
    const result = await handle.result;
    expect(result).toMatchObject({ status: 'ABORTED', error: 'Operator.Stop', cause: 'enough' });
    expect(count(result, 'TaskStateAborted')).toBe(3);
    expect(types(result).slice(-2)).toEqual(['ParallelStateAborted', 'ExecutionAborted']);
  });

  it('aborts every running Map iteration, then the Map, then the execution', async () => {
    const handle = startExecution(
      {
        StartAt: 'Each',
        States: { Each: { Type: 'Map', ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: LAMBDA, End: true } } }, End: true } },
      },
      { ...working, input: [1, 2, 3, 4] },
    );
    await settle();
    handle.stop();
    const result = await handle.result;
    expect(result.status).toBe('ABORTED');
    expect(count(result, 'TaskStateAborted')).toBe(4);
    expect(count(result, 'MapIterationAborted')).toBe(4);
    expect(types(result).slice(-2)).toEqual(['MapStateAborted', 'ExecutionAborted']);
  });
});

describe('a failing Parallel branch with a nested Parallel or Map beside it', () => {
  it.each([
    ['Parallel', { Type: 'Parallel', Branches: [{ StartAt: 'T', States: { T: { Type: 'Task', Resource: LAMBDA, End: true } } }], End: true }],
    ['Map', { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: LAMBDA, End: true } } }, End: true }],
  ])('records the nested %s aborted before the outer Parallel fails, and nothing after ExecutionFailed', async (kind, nested) => {
    const result = await execute(
      {
        StartAt: 'Outer',
        States: {
          Outer: {
            Type: 'Parallel',
            Branches: [
              { StartAt: 'Nested', States: { Nested: nested } },
              { StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Broke' } } },
            ],
            End: true,
          },
        },
      },
      { ...hang, input: { items: [1, 2] } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'Broke' });
    const all = types(result);
    expect(all.at(-1)).toBe('ExecutionFailed');
    expect(all.indexOf(`${kind}StateAborted`)).toBeLessThan(all.lastIndexOf('ParallelStateFailed'));
    expect(all.filter((t) => t === 'ParallelStateFailed')).toHaveLength(1);
    expect(all).not.toContain('MapStateFailed');
  });
});
