import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMachine, kindsOf, machineSpec, type Kind, type MachineSpec } from '../support/fuzz/definition.js';
import { validatesClean } from '../support/fuzz/properties.js';
import { SEED } from './fuzz-settings.js';

const KINDS: readonly Kind[] = ['Pass', 'Task', 'Wait', 'Choice', 'Succeed', 'Fail', 'Parallel', 'Map'];
const SAMPLES = 500;

/** What a spec has, as labels for fast-check's statistics. */
function labels(spec: MachineSpec): string[] {
  const definition = JSON.stringify(buildMachine(spec));
  return [
    ...[...kindsOf(spec.scope)].map((kind) => `kind ${kind}`),
    `language ${spec.language}`,
    ...(definition.includes('"QueryLanguage":"JSONata"') && spec.language === 'JSONPath' ? ['JSONata state in a JSONPath machine'] : []),
    ...(definition.includes('_m_0_') || definition.includes('_b0_0_') || /_b\d_\d_[bm]/u.test(definition) ? ['nested Parallel/Map'] : []),
    ...(definition.includes('"Retry"') ? ['Retry'] : []),
    ...(definition.includes('"Catch"') ? ['Catch'] : []),
  ];
}

describe('the definition generator', () => {
  it('generates mostly accepted definitions, with every state kind, both query languages, nesting, Retry and Catch among them', { timeout: 60_000 }, () => {
    const lines: string[] = [];
    fc.statistics(machineSpec, labels, { numRuns: SAMPLES, seed: SEED, logger: (line) => lines.push(line) });
    const specs = fc.sample(machineSpec, { numRuns: SAMPLES, seed: SEED });
    const accepted = specs.filter((spec) => validatesClean(buildMachine(spec)));
    const cleanShare = `${((accepted.length / specs.length) * 100).toFixed(1)} % validate clean`;
    console.log(`fast-check statistics over ${String(SAMPLES)} generated definitions (${cleanShare}):\n${lines.join('\n')}`);
    expect(accepted.length / specs.length).toBeGreaterThanOrEqual(0.5);
    const acceptedLabels = accepted.map(labels);
    const share = (label: string): number => acceptedLabels.filter((l) => l.includes(label)).length / accepted.length;
    for (const kind of KINDS) expect(share(`kind ${kind}`), kind).toBeGreaterThan(0.05);
    for (const label of ['language JSONPath', 'language JSONata', 'JSONata state in a JSONPath machine', 'nested Parallel/Map', 'Retry', 'Catch']) {
      expect(share(label), label).toBeGreaterThan(0.05);
    }
  });
});
