import type { StateMachine } from '../asl/index.js';
import { graphOf, type GraphEdge, type GraphNode, type WorkflowGraph } from './model.js';

/**
 * A Graphviz DOT digraph of a state machine: each state a node showing its type, Choice rules as
 * labelled edges, catchers as dashed edges, Parallel branches and Map item processors as nested
 * clusters. Node and edge `id`s are the {@link WorkflowGraph}'s, and `class` carries the kind, so an
 * SVG rendered from it can be styled and scripted.
 *
 * @example
 * ```ts
 * import { toDot } from 'statewright';
 *
 * const dot = toDot({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', End: true } } });
 * console.log(dot.startsWith('digraph')); // true
 * ```
 */
export function toDot(definition: StateMachine | WorkflowGraph): string {
  const graph = 'nodes' in definition ? definition : graphOf(definition);
  const lines = [
    'digraph workflow {',
    '  graph [fontname="Helvetica", fontsize=11, rankdir=TB, compound=true];',
    '  node [fontname="Helvetica", fontsize=11, shape=box, style="rounded,filled", fillcolor="#ffffff"];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  const emit = (cluster: string | undefined, indent: string): void => {
    for (const child of graph.clusters) {
      if (child.parent !== cluster) continue;
      lines.push(`${indent}subgraph ${quote(child.id)} {`, `${indent}  id=${quote(child.id)}; class="scope"; label=${quote(child.label)}; style="rounded,dashed"; color="#999999";`);
      emit(child.id, `${indent}  `);
      lines.push(`${indent}}`);
    }
    for (const node of graph.nodes) if (node.cluster === cluster) lines.push(`${indent}${nodeLine(node)}`);
  };
  emit(undefined, '  ');
  for (const edge of graph.edges) lines.push(`  ${edgeLine(edge)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const SHAPES: Readonly<Record<string, string>> = { Choice: 'diamond', Succeed: 'box', Fail: 'box', Start: 'circle', End: 'doublecircle' };
const FILLS: Readonly<Record<string, string>> = { Succeed: '#e6f4ea', Fail: '#fce8e6', Start: '#eeeeee', End: '#eeeeee' };

function nodeLine(node: GraphNode): string {
  const marker = node.kind === 'Start' || node.kind === 'End';
  const label = marker ? quote(node.name) : `<${html(node.name)}<BR/><FONT POINT-SIZE="9" COLOR="#555555">${node.kind}</FONT>>`;
  const attributes = [`id=${quote(node.id)}`, `class=${quote(marker ? `marker ${node.kind}` : `state ${node.kind}`)}`, `label=${label}`];
  const shape = SHAPES[node.kind];
  if (shape !== undefined) attributes.push(`shape=${shape}`);
  const fill = FILLS[node.kind];
  if (fill !== undefined) attributes.push(`fillcolor=${quote(fill)}`);
  if (marker) attributes.push('fontsize=9', 'width=0.5', 'fixedsize=true');
  return `${quote(node.id)} [${attributes.join(', ')}];`;
}

function edgeLine(edge: GraphEdge): string {
  const attributes = [`id=${quote(edge.id)}`, `class=${quote(`edge-${edge.kind}`)}`];
  if (edge.label !== undefined) attributes.push(`label=${quote(edge.label)}`);
  if (edge.kind === 'catch') attributes.push('style=dashed', 'color="#c5221f"', 'fontcolor="#c5221f"');
  if (edge.kind === 'branch') attributes.push('style=bold', 'color="#999999"');
  return `${quote(edge.from)} -> ${quote(edge.to)} [${attributes.join(', ')}];`;
}

/** A DOT quoted string: `"` and `\` escaped, so Graphviz's own escapes (`\n`, `\N`, …) never fire. */
function quote(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
}

/** Text inside a DOT HTML-like label. */
function html(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll('\n', '<BR/>');
}
