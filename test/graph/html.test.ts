import { describe, expect, it } from 'vitest';
import { overlayExecution } from '../../src/graph/execution.js';
import { toHtml } from '../../src/graph/html.js';
import { graphOf } from '../../src/graph/model.js';
import { execute } from '../../src/runtime/execute.js';
import { ORDER_FLOW } from './order-flow.js';

const graph = graphOf(ORDER_FLOW);

function embeddedData(html: string): { states: Record<string, { name: string }>; execution: { status: string; visits: Record<string, unknown[]>; taken: string[] } | null } {
  const json = /<script type="application\/json" id="sw-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no embedded data');
  return JSON.parse(json) as ReturnType<typeof embeddedData>;
}

// Graphviz compiles its WebAssembly on first use: slow on a busy machine.
describe('toHtml', { timeout: 30_000 }, () => {
  it('is one self-contained file: inline SVG, style and script, no URL to load', async () => {
    const html = await toHtml({ title: 'Orders', definition: ORDER_FLOW, graph });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|<script[^>]+\bsrc=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<svg');
    const stateNodes = [...html.matchAll(/<g id="(n\d+)" class="node state (\w+)">/g)].map((m) => m[1]);
    expect(stateNodes.sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
    expect([...html.matchAll(/<g id="e\d+" class="edge /g)]).toHaveLength(graph.edges.length);
    expect(embeddedData(html)).toMatchObject({ states: { n0: { name: 'Check Order' } }, execution: null });
  });

  it('embeds the execution: status, visits with input and output, edges taken', async () => {
    const result = JSON.parse(JSON.stringify(await execute(ORDER_FLOW, { input: { status: 'NEW', total: 1, limit: 2, vip: true, items: [] }, tasks: { Charge: () => Promise.resolve('ok'), Ship: () => Promise.resolve('ok') } }))) as unknown;
    const html = await toHtml({ title: 'Orders', definition: ORDER_FLOW, graph, execution: overlayExecution(graph, result) });
    const data = embeddedData(html);
    expect(data.execution?.status).toBe('SUCCEEDED');
    expect(data.execution?.visits['n1']).toEqual([{ input: { status: 'NEW', total: 1, limit: 2, vip: true, items: [] }, output: { status: 'NEW', total: 1, limit: 2, vip: true, items: [], charge: 'ok' } }]);
    expect(data.execution?.taken.length).toBeGreaterThan(5);
    expect(html).toContain('<span class="status status-SUCCEEDED">SUCCEEDED</span>');
  });

  it('cannot be broken out of by a state name or value holding </script>', async () => {
    const definition = { StartAt: '</script><b>x', States: { '</script><b>x': { Type: 'Pass' as const, Result: '</script>', End: true } } };
    const html = await toHtml({ title: '</script>', definition, graph: graphOf(definition) });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(embeddedData(html).states['n0']?.name).toBe('</script><b>x');
  });
});
