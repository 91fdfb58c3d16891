import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from 'statewright';
import { importAsl } from 'statewright/codegen';
import { unsupportedFeatures } from '../../src/codegen/unsupported.js';
import { aslOf, scratchFolder } from '../support/import-round-trip.js';

type State = Record<string, unknown>;
const KINDS = ['Pass', 'Wait', 'Choice', 'Succeed', 'Fail'] as const;

/** A random state graph: states listed in a random order, transitions anywhere (loops, shared targets). */
const graphs = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: n, maxLength: n }),
    targets: fc.array(fc.array(fc.nat(n - 1), { minLength: 4, maxLength: 4 }), { minLength: n, maxLength: n }),
    ends: fc.array(fc.nat(5).map((x) => x === 0), { minLength: n, maxLength: n }),
    rules: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
    // Per state, the rule options: bit 0 a Comment, bit 1 an Assign (inline branches and targets by name alike).
    ruleOptions: fc.array(fc.nat(3), { minLength: n, maxLength: n }),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
  }),
);

interface Graph {
  readonly kinds: readonly string[];
  readonly targets: readonly number[][];
  readonly ends: readonly boolean[];
  readonly rules: readonly number[];
  readonly ruleOptions: readonly number[];
  readonly order: readonly number[];
}

function definitionOf(g: Graph): Record<string, unknown> {
  const name = (i: number | undefined) => `S${String(i)}`;
  const stateOf = (i: number): State => {
    const [t0, t1, t2, t3] = g.targets[i] ?? [];
    const flow = g.ends[i] ? { End: true } : { Next: name(t0) };
    switch (g.kinds[i]) {
      case 'Pass': return { Type: 'Pass', ...flow };
      case 'Wait': return { Type: 'Wait', Seconds: 1, ...flow };
      case 'Choice': return {
        Type: 'Choice',
        Choices: [t1, t2, t0].slice(0, g.rules[i]).map((t, j) => ({ Variable: '$.k', NumericEquals: j, ...ruleOptionsOf(g.ruleOptions[i] ?? 0, j), Next: name(t) })),
        ...(g.ends[i] ? {} : { Default: name(t3) }),
      };
      case 'Succeed': return { Type: 'Succeed' };
      default: return { Type: 'Fail', Error: 'E' };
    }
  };
  const all = new Map(g.order.map((i) => [name(i), stateOf(i)]));
  const reachable = new Set<string>();
  const visit = (s: string): void => {
    const state = all.get(s);
    if (reachable.has(s) || !state) return;
    reachable.add(s);
    for (const t of [state.Next, state.Default, ...((state.Choices as State[] | undefined) ?? []).map((r) => r.Next)]) if (typeof t === 'string') visit(t);
  };
  visit('S0');
  return { StartAt: 'S0', States: Object.fromEntries([...all].filter(([s]) => reachable.has(s))) };
}

function ruleOptionsOf(bits: number, rule: number): State {
  return { ...(bits & 1 ? { Comment: `rule ${String(rule)}` } : {}), ...(bits & 2 ? { Assign: { rule, 'k.$': '$.k' } } : {}) };
}

const folder = scratchFolder('import-property-');
afterAll(() => folder.dispose());

describe('importAsl on random state graphs', () => {
  it('gives back every valid definition the DSL can express', { timeout: 120_000 }, async () => {
    let index = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(graphs, async (g) => {
        const definition = definitionOf(g);
        fc.pre(validate(definition).every((d) => d.severity !== 'ERROR') && unsupportedFeatures(definition).length === 0);
        index += 1;
        const module = (await import(folder.write(`graph-${index}`, importAsl(definition, { name: 'Imported' })))) as Record<string, unknown>;
        expect(aslOf(module)).toStrictEqual(definition);
        checked += 1;
      }),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
