import { describe, expect, it } from 'vitest';
import { ExecutionFileError, overlayExecution } from '../../src/graph/execution.js';
import { graphOf } from '../../src/graph/model.js';
import { AslError } from '../../src/runtime/errors.js';
import { execute } from '../../src/runtime/execute.js';
import { ORDER_FLOW } from './order-flow.js';

const graph = graphOf(ORDER_FLOW);
const idOf = (name: string) => graph.nodes.find((n) => n.name === name)?.id ?? name;
const nameOf = (id: string) => graph.nodes.find((n) => n.id === id)?.name ?? id;
const INPUT = { status: 'NEW', total: 5, limit: 10, vip: true, items: ['a', 'b'] };

/** What `statewright run --json` prints, read back. */
async function runJson(charge: () => Promise<unknown>): Promise<unknown> {
  const result = await execute(ORDER_FLOW, { input: INPUT, tasks: { Charge: charge, Ship: () => Promise.resolve('shipped') } });
  return JSON.parse(JSON.stringify(result)) as unknown;
}

const takenEdges = (overlay: ReturnType<typeof overlayExecution>) =>
  overlay.taken.map((id) => graph.edges.find((e) => e.id === id)).map((e) => `${nameOf(e?.from ?? '')} -${e?.kind ?? ''}-> ${nameOf(e?.to ?? '')}`);

describe('overlayExecution', () => {
  it('marks the path of a successful run, through the Parallel branches and each Map iteration', async () => {
    const overlay = overlayExecution(graph, await runJson(() => Promise.resolve({ id: 'ch_1' })));
    expect(overlay.status).toBe('SUCCEEDED');
    expect(takenEdges(overlay).sort()).toEqual(
      [
        'Start -start-> Check Order',
        'Check Order -choice-> Charge',
        'Charge -next-> Fulfil',
        'Fulfil -branch-> Ship',
        'Fulfil -branch-> Notify',
        'Fulfil -next-> Each Item',
        'Each Item -branch-> Pick',
        'Pick -next-> Pack',
        'Each Item -next-> Done',
        'Done -end-> End',
      ].sort(),
    );
    expect(overlay.visits[idOf('Charge')]).toEqual([{ input: INPUT, output: { ...INPUT, charge: { id: 'ch_1' } } }]);
    expect(overlay.visits[idOf('Pick')]).toEqual([
      { input: 'a', output: 'a' },
      { input: 'b', output: 'b' },
    ]);
    expect(overlay.visits[idOf('Rejected')]).toBeUndefined();
  });

  it('marks the catch edge when the task failed, and the failing end', async () => {
    const overlay = overlayExecution(graph, await runJson(() => Promise.reject(new AslError('PaymentDeclined', 'card declined'))));
    expect(overlay).toMatchObject({ status: 'FAILED', error: 'OrderRejected' });
    expect(takenEdges(overlay)).toEqual(['Start -start-> Check Order', 'Check Order -choice-> Charge', 'Charge -catch-> Rejected', 'Rejected -end-> End']);
    // The catcher's output (no ResultPath: the error output) is what the state hands on.
    expect(overlay.visits[idOf('Charge')]).toEqual([{ input: INPUT, output: { Error: 'PaymentDeclined', Cause: 'card declined' } }]);
    expect(overlay.visits[idOf('Rejected')]).toEqual([{ input: { Error: 'PaymentDeclined', Cause: 'card declined' } }]);
  });

  it('refuses a file that is not the output of run --json, naming the field', () => {
    expect(() => overlayExecution(graph, { status: 'SUCCEEDED', events: [{ id: 1 }] })).toThrow(ExecutionFileError);
    expect(() => overlayExecution(graph, { status: 'SUCCEEDED', events: [{ id: 1 }] })).toThrow(/at #\/events\/0\/type$/);
  });
});
