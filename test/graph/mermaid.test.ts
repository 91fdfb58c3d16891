import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../src/graph/mermaid.js';
import { ORDER_FLOW } from './order-flow.js';

interface ParsedMermaid {
  /** node id → [label text, subgraph label path] */
  readonly nodes: Map<string, { label: string; scopes: string[] }>;
  readonly edges: { from: string; to: string; arrow: string; label: string | undefined }[];
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', num: '#', grave: '`' };
const unescape = (text: string) => text.replace(/<br\/>.*$/, '').replace(/&(\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);

/** A small reader of the flowchart subset toMermaid writes: node lines, edge lines, subgraph … end. */
function parseMermaid(text: string): ParsedMermaid {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart TD');
  const nodes = new Map<string, { label: string; scopes: string[] }>();
  const edges: ParsedMermaid['edges'] = [];
  const scopes: string[] = [];
  for (const line of lines.slice(1).map((l) => l.trim())) {
    const subgraph = /^subgraph (\w+)\["([^"]*)"\]$/.exec(line);
    const edge = /^(\w+) (-->|-\.->|==>)(?:\|"([^"]*)"\|)? (\w+)$/.exec(line);
    const node = /^(\w+)(?:\(\(|\{|\(\[|\[)"([^"]*)"(?:\)\)|\}|\]\)|\])$/.exec(line);
    if (subgraph?.[2] !== undefined) scopes.push(unescape(subgraph[2]));
    else if (line === 'end') scopes.pop();
    else if (edge?.[1] !== undefined && edge[2] !== undefined && edge[4] !== undefined) edges.push({ from: edge[1], to: edge[4], arrow: edge[2], label: edge[3] === undefined ? undefined : unescape(edge[3]) });
    else if (node?.[1] !== undefined && node[2] !== undefined) nodes.set(node[1], { label: unescape(node[2]), scopes: [...scopes] });
    else if (!/^(direction TB|classDef .*|class .*)$/.test(line)) throw new Error(`unexpected Mermaid line: ${line}`);
  }
  return { nodes, edges };
}

describe('toMermaid', () => {
  const { nodes, edges } = parseMermaid(toMermaid(ORDER_FLOW));
  const label = (id: string) => nodes.get(id)?.label ?? `?${id}`;

  it('declares each state once, showing its type, inside its subgraph', () => {
    expect(nodes.size).toBe(12);
    const byName = Object.fromEntries([...nodes.values()].map((n) => [n.label, n.scopes]));
    expect(byName).toMatchObject({ 'Check Order': [], Ship: ['Fulfil: branch 1'], Notify: ['Fulfil: branch 2'], Pick: ['Each Item: item processor'], Done: [] });
    expect(toMermaid(ORDER_FLOW)).toContain('<br/><small>Parallel</small>');
  });

  it('labels Choice rule edges with the rule, dashes catch edges and thickens branch entries', () => {
    const described = edges.map((e) => `${label(e.from)} ${e.arrow} ${label(e.to)}${e.label === undefined ? '' : ` : ${e.label}`}`);
    expect(described).toEqual(
      expect.arrayContaining([
        'Check Order --> Charge : $.status == "NEW"',
        'Check Order --> Rejected : Default',
        'Charge -.-> Rejected : PaymentDeclined, States.Timeout',
        'Fulfil ==> Ship : branch 1',
        'Each Item ==> Pick : each item',
        'Pick --> Pack',
        'Done --> End',
      ]),
    );
    expect(edges).toHaveLength(14);
  });

  it('escapes quotes, #, & and angle brackets in names and rules so no label ends early or reads as markup', () => {
    const name = 'Say "hi" #35; <b>&amp;</b> `x` | end';
    const text = toMermaid({ StartAt: name, States: { [name]: { Type: 'Choice', Choices: [{ Variable: '$.a', StringEquals: 'x|"y"#', Next: 'B' }], Default: 'B' }, B: { Type: 'Succeed' } } });
    const parsed = parseMermaid(text);
    expect(parsed.nodes.get('n0')?.label).toBe(name);
    expect(parsed.edges.map((e) => e.label)).toContain('$.a == "x|\\"y\\"#"');
    expect(text).not.toMatch(/#\d+;|<b>/);
  });
});
