import type { State, StateMachine } from '../asl/index.js';
import { innerScopes } from '../asl/inner-scopes.js';
import { toDot } from './dot.js';
import type { ExecutionOverlay } from './execution.js';
import type { WorkflowGraph } from './model.js';
import { dotToSvg } from './svg.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './html-assets.js';

/** What the HTML page shows. */
export interface HtmlGraphOptions {
  readonly title: string;
  readonly definition: StateMachine;
  readonly graph: WorkflowGraph;
  /** An execution to highlight (from {@link overlayExecution}). */
  readonly execution?: ExecutionOverlay | undefined;
}

/**
 * One self-contained HTML file: the graph laid out by Graphviz as inline SVG, its style and a small
 * script inline, the data as embedded JSON; nothing is fetched. Clicking a state shows its definition
 * and, with an execution, each visit's input and output; the path taken is highlighted.
 */
export async function toHtml(options: HtmlGraphOptions): Promise<string> {
  const svg = await dotToSvg(toDot(options.graph));
  const states: Record<string, { name: string; type: string; definition: State }> = {};
  const definitions = new Map<string, State>();
  collectStates(options.definition.States, definitions);
  for (const node of options.graph.nodes) {
    const definition = definitions.get(node.name);
    if (definition !== undefined && node.kind !== 'Start' && node.kind !== 'End') states[node.id] = { name: node.name, type: node.kind, definition };
  }
  const data = { states, execution: options.execution ?? null };
  const status = options.execution === undefined ? '' : `<span class="status status-${escapeHtml(options.execution.status)}">${escapeHtml(options.execution.status)}</span>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(options.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body${options.execution === undefined ? '' : ' class="with-execution"'}>
<header><h1>${escapeHtml(options.title)}</h1>${status}${options.graph.comment === undefined ? '' : `<p>${escapeHtml(options.graph.comment)}</p>`}</header>
<main>
<section id="sw-graph">${svg}</section>
<aside id="sw-panel"><p class="hint">Click a state to see its definition${options.execution === undefined ? '' : ', input and output'}.</p></aside>
</main>
<script type="application/json" id="sw-data">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function collectStates(states: Readonly<Record<string, State>>, into: Map<string, State>): void {
  for (const [name, state] of Object.entries(states)) {
    into.set(name, state);
    for (const scope of innerScopes(state)) collectStates(scope.States, into);
  }
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
