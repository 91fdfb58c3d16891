import { describe, expectTypeOf, it } from 'vitest';
import { describeChoiceRule, graphOf, toDot, toMermaid, type GraphEdgeKind, type GraphNodeKind, type StateMachine, type StateType, type WorkflowGraph } from 'statewright';

const definition: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };

describe('graph API types', () => {
  it('graphOf takes a definition and gives a WorkflowGraph; the renderers take either', () => {
    expectTypeOf(graphOf(definition)).toEqualTypeOf<WorkflowGraph>();
    expectTypeOf(toMermaid).parameter(0).toEqualTypeOf<StateMachine | WorkflowGraph>();
    expectTypeOf(toDot(graphOf(definition))).toEqualTypeOf<string>();
    expectTypeOf(describeChoiceRule({ Variable: '$.a', IsNull: true, Next: 'B' })).toEqualTypeOf<string>();
  });

  it('node and edge kinds are closed unions', () => {
    expectTypeOf<GraphNodeKind>().toEqualTypeOf<StateType | 'Start' | 'End'>();
    expectTypeOf<GraphEdgeKind>().toEqualTypeOf<'start' | 'next' | 'choice' | 'default' | 'catch' | 'branch' | 'end'>();
    expectTypeOf<WorkflowGraph['edges'][number]['label']>().toEqualTypeOf<string | undefined>();
  });

  it('refuses what is not a definition', () => {
    // @ts-expect-error: a definition needs StartAt and States
    graphOf({ States: {} });
    // @ts-expect-error: a state's Type is one of the ASL state types
    toMermaid({ StartAt: 'A', States: { A: { Type: 'Loop', End: true } } });
    // @ts-expect-error: IsNull takes a boolean
    describeChoiceRule({ Variable: '$.a', IsNull: 'yes', Next: 'B' });
    // @ts-expect-error: 'loop' is not an edge kind
    const kind: GraphEdgeKind = 'loop';
    expectTypeOf(kind).toEqualTypeOf<GraphEdgeKind>();
  });
});
