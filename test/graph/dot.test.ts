import { instance } from '@viz-js/viz';
import { describe, expect, it } from 'vitest';
import { toDot } from '../../src/graph/dot.js';
import { dotToSvg } from '../../src/graph/svg.js';
import { ORDER_FLOW } from './order-flow.js';

interface GraphvizJson {
  readonly objects: readonly { readonly _gvid: number; readonly name: string; readonly label?: string; readonly nodes?: readonly number[]; readonly subgraphs?: readonly number[] }[];
  readonly edges: readonly { readonly tail: number; readonly head: number; readonly label?: string; readonly style?: string; readonly id?: string }[];
}

/** Graphviz itself reads the DOT back (its JSON output), so the test checks what Graphviz sees. */
async function readBack(dot: string): Promise<GraphvizJson> {
  const viz = await instance();
  return viz.renderJSON(dot) as GraphvizJson;
}

// Graphviz compiles its WebAssembly on first use: slow on a busy machine.
describe('toDot', { timeout: 30_000 }, () => {
  it('is read by Graphviz as one node per state and one edge per transition, catch edges dashed and Choice rules labelled', async () => {
    const json = await readBack(toDot(ORDER_FLOW));
    const objects = new Map(json.objects.map((o) => [o._gvid, o]));
    const nodeNames = json.objects.filter((o) => o.nodes === undefined).map((o) => o.name);
    expect(nodeNames).toHaveLength(12);
    const stateNames = new Map(json.objects.filter((o) => o.nodes === undefined).map((o) => [o._gvid, (o.label ?? '').replace(/<BR\/>.*$/, '').replace(/^<|>$/g, '')]));
    const edges = json.edges.map((e) => `${stateNames.get(e.tail) ?? '?'} -> ${stateNames.get(e.head) ?? '?'}${e.style === undefined ? '' : ` (${e.style})`}${e.label === undefined || e.label === '' ? '' : ` [${e.label}]`}`);
    expect(edges).toHaveLength(14);
    expect(edges).toEqual(
      expect.arrayContaining([
        'Check Order -> Charge [$.status == "NEW"]',
        'Check Order -> Rejected [($.total >= $.limit) and (not ($.vip is present))]',
        'Check Order -> Rejected [Default]',
        'Charge -> Rejected (dashed) [PaymentDeclined, States.Timeout]',
        'Charge -> Fulfil',
        'Fulfil -> Ship (bold) [branch 1]',
      ]),
    );
    expect(objects.size).toBe(json.objects.length);
  });

  it('puts Parallel branches and the Map item processor in clusters holding their states', async () => {
    const json = await readBack(toDot(ORDER_FLOW));
    const clusters = json.objects.filter((o) => o.name.startsWith('cluster'));
    const members = (name: string) =>
      (json.objects.find((o) => o.label === name)?.nodes ?? []).map((id) => (json.objects[id]?.label ?? '').replace(/<BR\/>.*$/, '').replace(/^</, ''));
    expect(clusters.map((c) => c.label)).toEqual(['Fulfil: branch 1', 'Fulfil: branch 2', 'Each Item: item processor']);
    expect(members('Fulfil: branch 1')).toEqual(['Ship']);
    expect(members('Each Item: item processor')).toEqual(['Pick', 'Pack']);
  });

  it('keeps quotes and backslashes of names and rules literal in what Graphviz draws', async () => {
    const svg = await dotToSvg(
      toDot({
        StartAt: 'A\\n "q"',
        States: { 'A\\n "q"': { Type: 'Choice', Choices: [{ Variable: '$.s', StringEquals: 'say "\\n"', Next: 'B' }], Default: 'B' }, B: { Type: 'Succeed' } },
      }),
    );
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    expect(texts).toContain('A\\n "q"');
    expect(texts).toContain('$.s == "say \\"\\\\n\\""');
  });
});
