import type { StateMachine } from '../asl/index.js';
import { graphOf, type GraphCluster, type GraphEdge, type GraphNode, type WorkflowGraph } from './model.js';

/**
 * A Mermaid flowchart of a state machine: each state a node showing its type, Choice rules as
 * labelled edges, catchers as dashed edges, Parallel branches and Map item processors as nested
 * subgraphs. Renders wherever Mermaid does (GitHub Markdown in a ```mermaid block, for one).
 *
 * @example
 * ```ts
 * import { toMermaid } from 'statewright';
 *
 * console.log(toMermaid({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', End: true } } }));
 * // flowchart TD
 * //   n_start(("Start"))
 * //   n0["Hello<br/><small>Pass</small>"]
 * //   …
 * ```
 */
export function toMermaid(definition: StateMachine | WorkflowGraph): string {
  const graph = 'nodes' in definition ? definition : graphOf(definition);
  const lines = ['flowchart TD'];
  const emit = (cluster: string | undefined, indent: string): void => {
    for (const node of graph.nodes) if (node.cluster === cluster) lines.push(`${indent}${nodeLine(node)}`);
    for (const child of graph.clusters) {
      if (child.parent !== cluster) continue;
      lines.push(`${indent}subgraph ${child.id}["${escape(child.label)}"]`, `${indent}  direction TB`);
      emit(child.id, `${indent}  `);
      lines.push(`${indent}end`);
    }
  };
  emit(undefined, '  ');
  for (const edge of graph.edges) lines.push(`  ${edgeLine(edge)}`);
  lines.push(...styles(graph.clusters));
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: GraphNode): string {
  if (node.kind === 'Start' || node.kind === 'End') return `${node.id}(("${node.name}"))`;
  const label = `${escape(node.name)}<br/><small>${node.kind}</small>`;
  if (node.kind === 'Choice') return `${node.id}{"${label}"}`;
  if (node.kind === 'Succeed' || node.kind === 'Fail') return `${node.id}(["${label}"])`;
  return `${node.id}["${label}"]`;
}

function edgeLine(edge: GraphEdge): string {
  const arrow = edge.kind === 'catch' ? '-.->' : edge.kind === 'branch' ? '==>' : '-->';
  return `${edge.from} ${arrow}${edge.label === undefined ? '' : `|"${escape(edge.label)}"|`} ${edge.to}`;
}

function styles(clusters: readonly GraphCluster[]): string[] {
  return clusters.length === 0 ? [] : [`  classDef scope fill:#f6f8fa,stroke:#999`, `  class ${clusters.map((c) => c.id).join(',')} scope`];
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '#': '&num;', '`': '&grave;', '\n': '<br/>' };

/**
 * HTML entities for what would end a quoted label or be read as markup, `#` included (Mermaid reads
 * `#35;` as its own entity code), and a backtick (which would start a Markdown string).
 */
function escape(text: string): string {
  return text.replace(/[&"<>#`\n]/g, (c) => ENTITIES[c] ?? c);
}
