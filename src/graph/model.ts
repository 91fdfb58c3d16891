import type { Branch } from '../asl/containers.js';
import type { State, StateMachine, StateType } from '../asl/index.js';
import { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
import { validate } from '../compile/validate.js';
import { describeChoiceRule } from './describe-rule.js';

/** What a node stands for: a state of that type, or the workflow's start or end marker. */
export type GraphNodeKind = StateType | 'Start' | 'End';

/** A node of a {@link WorkflowGraph}: a state, or the Start/End marker of the top level. */
export interface GraphNode {
  /** A stable id, safe in Mermaid, DOT and HTML (`n0`, `n1`, …, `n_start`, `n_end`). */
  readonly id: string;
  /** The state name (`Start`/`End` for the markers). */
  readonly name: string;
  /** The state's `Type`, or `Start`/`End`. */
  readonly kind: GraphNodeKind;
  /** The id of the {@link GraphCluster} holding the node; `undefined` at the top level. */
  readonly cluster: string | undefined;
}

/**
 * What an edge stands for: `next` (`Next`), `choice` (a Choice rule), `default` (a Choice `Default`),
 * `catch` (a catcher), `branch` (a Parallel or Map state entering its branch or item processor),
 * `start` and `end` (to and from the markers).
 */
export type GraphEdgeKind = 'start' | 'next' | 'choice' | 'default' | 'catch' | 'branch' | 'end';

/** A directed edge of a {@link WorkflowGraph}. */
export interface GraphEdge {
  /** A stable id (`e0`, `e1`, …). */
  readonly id: string;
  /** The id of the node it leaves. */
  readonly from: string;
  /** The id of the node it enters. */
  readonly to: string;
  /** What the edge stands for. */
  readonly kind: GraphEdgeKind;
  /** The Choice rule (`$.status == "FAILED"`), `Default`, the caught errors, or the branch; `undefined` for `next`, `start` and `end`. */
  readonly label: string | undefined;
}

/** A Parallel branch or a Map item processor: a nested scope of states. */
export interface GraphCluster {
  /** A stable id starting with `cluster` (as DOT wants): `cluster0`, … */
  readonly id: string;
  /** `Fulfil: branch 1`, `Each Item: item processor`. */
  readonly label: string;
  /** The enclosing cluster; `undefined` at the top level. */
  readonly parent: string | undefined;
  /** The node id of the Parallel or Map state that runs this scope. */
  readonly owner: string;
}

/** A state machine as a graph: states as nodes, transitions as edges, nested scopes as clusters. */
export interface WorkflowGraph {
  /** The state machine's `Comment`, when it has one. */
  readonly comment: string | undefined;
  /** `Start`, the states in definition order (each scope's states after its owner), `End`. */
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Parallel branches and Map item processors, outer before inner. */
  readonly clusters: readonly GraphCluster[];
}

/**
 * The graph of a state machine definition, the model behind {@link toMermaid} and {@link toDot}. State
 * names are unique across the whole machine, so each state is one node. Throws
 * {@link InvalidDefinitionError} when the definition does not validate.
 *
 * @example
 * ```ts
 * import { graphOf } from 'statewright';
 *
 * const graph = graphOf({
 *   StartAt: 'Check',
 *   States: {
 *     Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Failed' },
 *     Done: { Type: 'Succeed' },
 *     Failed: { Type: 'Fail' },
 *   },
 * });
 * console.log(graph.edges.map((e) => e.label)); // [undefined, '$.ok == true', 'Default', undefined, undefined]
 * ```
 */
export function graphOf(definition: StateMachine): WorkflowGraph {
  const diagnostics = validate(definition);
  if (diagnostics.some((d) => d.severity === 'ERROR')) throw new InvalidDefinitionError(diagnostics);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const clusters: GraphCluster[] = [];
  const ids = new Map<string, string>();
  const pending: (() => void)[] = [];
  const idOf = (name: string): string => ids.get(name) ?? name;
  const edge = (from: string, to: string, kind: GraphEdgeKind, label?: string): void => {
    edges.push({ id: `e${edges.length}`, from, to, kind, label });
  };

  const addScope = (scope: Branch, cluster: string | undefined, top: boolean): void => {
    for (const [name, state] of Object.entries(scope.States)) {
      const id = `n${ids.size}`;
      ids.set(name, id);
      nodes.push({ id, name, kind: state.Type, cluster });
      pending.push(() => transitions(id, state, top));
      nested(id, name, state, cluster);
    }
  };

  const nested = (owner: string, name: string, state: State, parent: string | undefined): void => {
    const scopes = state.Type === 'Parallel' ? state.Branches : state.Type === 'Map' ? [state.ItemProcessor ?? state.Iterator].filter((s) => s !== undefined) : [];
    scopes.forEach((scope, index) => {
      const id = `cluster${clusters.length}`;
      const label = state.Type === 'Parallel' ? `${name}: branch ${index + 1}` : `${name}: item processor`;
      clusters.push({ id, label, parent, owner });
      addScope(scope, id, false);
      pending.push(() => edge(owner, idOf(scope.StartAt), 'branch', state.Type === 'Parallel' ? `branch ${index + 1}` : 'each item'));
    });
  };

  const transitions = (id: string, state: State, top: boolean): void => {
    if (state.Type === 'Choice') {
      for (const rule of state.Choices) edge(id, idOf(rule.Next), 'choice', describeChoiceRule(rule));
      if (state.Default !== undefined) edge(id, idOf(state.Default), 'default', 'Default');
    } else if ('Next' in state && state.Next !== undefined) {
      edge(id, idOf(state.Next), 'next');
    }
    if ('Catch' in state) for (const catcher of state.Catch ?? []) edge(id, idOf(catcher.Next), 'catch', catcher.ErrorEquals.join(', '));
    const terminal = state.Type === 'Succeed' || state.Type === 'Fail' || ('End' in state && state.End === true);
    if (top && terminal) edge(id, 'n_end', 'end');
  };

  nodes.push({ id: 'n_start', name: 'Start', kind: 'Start', cluster: undefined });
  addScope(definition, undefined, true);
  nodes.push({ id: 'n_end', name: 'End', kind: 'End', cluster: undefined });
  edge('n_start', idOf(definition.StartAt), 'start');
  for (const add of pending) add();
  return { comment: definition.Comment, nodes, edges, clusters };
}
