import { describe, expect, it } from 'vitest';
import { InvalidDefinitionError } from '../../src/compile/invalid-definition-error.js';
import { graphOf } from '../../src/graph/model.js';
import { ORDER_FLOW } from './order-flow.js';

const graph = graphOf(ORDER_FLOW);
const nameOf = (id: string) => graph.nodes.find((n) => n.id === id)?.name;
const clusterLabel = (id: string | undefined) => graph.clusters.find((c) => c.id === id)?.label;

describe('graphOf', () => {
  it('has one node per state with its type, inside the scope that holds it, plus Start and End', () => {
    expect(graph.nodes.map((n) => [n.name, n.kind, clusterLabel(n.cluster)])).toEqual([
      ['Start', 'Start', undefined],
      ['Check Order', 'Choice', undefined],
      ['Charge', 'Task', undefined],
      ['Fulfil', 'Parallel', undefined],
      ['Ship', 'Task', 'Fulfil: branch 1'],
      ['Notify', 'Pass', 'Fulfil: branch 2'],
      ['Each Item', 'Map', undefined],
      ['Pick', 'Pass', 'Each Item: item processor'],
      ['Pack', 'Pass', 'Each Item: item processor'],
      ['Done', 'Succeed', undefined],
      ['Rejected', 'Fail', undefined],
      ['End', 'End', undefined],
    ]);
    expect(graph.comment).toBe('Orders, drawn');
  });

  it('draws every transition: Choice rules readably, Default, Catch with its errors, branch entries, the end', () => {
    const edges = graph.edges.map((e) => `${nameOf(e.from) ?? '?'} -${e.kind}-> ${nameOf(e.to) ?? '?'}${e.label === undefined ? '' : ` [${e.label}]`}`);
    expect(edges.sort()).toEqual(
      [
        'Start -start-> Check Order',
        'Check Order -choice-> Rejected [($.total >= $.limit) and (not ($.vip is present))]',
        'Check Order -choice-> Charge [$.status == "NEW"]',
        'Check Order -default-> Rejected [Default]',
        'Charge -next-> Fulfil',
        'Charge -catch-> Rejected [PaymentDeclined, States.Timeout]',
        'Fulfil -branch-> Ship [branch 1]',
        'Fulfil -branch-> Notify [branch 2]',
        'Fulfil -next-> Each Item',
        'Each Item -branch-> Pick [each item]',
        'Each Item -next-> Done',
        'Pick -next-> Pack',
        'Done -end-> End',
        'Rejected -end-> End',
      ].sort(),
    );
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('nests clusters of a Parallel inside a Map', () => {
    const nested = graphOf({
      StartAt: 'Outer',
      States: {
        Outer: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Parallel', Branches: [{ StartAt: 'Leaf', States: { Leaf: { Type: 'Succeed' } } }], End: true } } },
          End: true,
        },
      },
    });
    const [outer, inner] = nested.clusters;
    expect(inner?.parent).toBe(outer?.id);
    expect(nested.nodes.find((n) => n.name === 'Leaf')?.cluster).toBe(inner?.id);
  });

  it('refuses an invalid definition with its diagnostics', () => {
    expect(() => graphOf({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } })).toThrow(InvalidDefinitionError);
  });
});
