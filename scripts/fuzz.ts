// Long fuzz runs of the property tests in test/properties (the suite runs them with a fixed seed and
// about 2,000 cases). Prints, per property, the cases run, those skipped (definitions the validator
// refused, for the executor properties), the time, and the share of generated definitions that
// validate clean. Exits 1 on the first counterexample, printing it and the seed that reproduces it.
//
//   npm run fuzz -- --runs 100000 [--seed 42] [--only validator,executor,determinism,builder]
//
// `--only import` runs the import property too (not by default: each case writes and loads a module,
// about 25 ms): statewright import then compile gives back each definition, or refuses it with
// UnsupportedFeatureError. It prints how many definitions were imported and how many refused.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { buildMachine, machineSpec } from '../test/support/fuzz/definition.js';
import { builderProperty, determinismProperty, executorProperty, validatesClean, validatorProperty } from '../test/support/fuzz/properties.js';
import { importRoundTrip } from '../test/support/fuzz/import-property.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    only: { type: 'string', default: 'validator,executor,determinism,builder' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const only = new Set(values.only.split(','));

const importing = only.has('import') ? importRoundTrip() : undefined;
const properties: readonly (readonly [string, fc.IRawProperty<never[]>])[] = [
  ['validator', validatorProperty as unknown as fc.IRawProperty<never[]>],
  ['executor', executorProperty as unknown as fc.IRawProperty<never[]>],
  ['determinism', determinismProperty as unknown as fc.IRawProperty<never[]>],
  ['builder', builderProperty as unknown as fc.IRawProperty<never[]>],
  ...(importing ? [['import', importing.property as unknown as fc.IRawProperty<never[]>] as const] : []),
];

console.log(`fuzz: ${runs.toLocaleString('en')} runs per property, seed ${String(seed)}, node ${process.version}`);
const sample = fc.sample(machineSpec, { numRuns: Math.min(runs, 10_000), seed });
const clean = sample.filter((spec) => validatesClean(buildMachine(spec))).length;
console.log(`generated definitions that validate clean: ${String(clean)} of ${String(sample.length)} (${((clean / sample.length) * 100).toFixed(1)} %)`);

/** The property, printing to stderr every tenth of `runs` new cases it generates (long runs show they move). */
function withProgress<T>(name: string, property: fc.IRawProperty<T>, start: number): fc.IRawProperty<T> {
  const every = Math.max(1, Math.round(runs / 10));
  let generated = 0;
  return new Proxy(property, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      if (key !== 'generate') return value.bind(target) as unknown;
      return (...args: Parameters<typeof target.generate>) => {
        generated++;
        if (generated % every === 0) {
          console.error(`  ${name}: ${generated.toLocaleString('en')} cases generated, ${((performance.now() - start) / 1000).toFixed(0)} s`);
        }
        return target.generate(...args);
      };
    },
  });
}

let failed = false;
for (const [name, property] of properties) {
  if (!only.has(name)) continue;
  const start = performance.now();
  // A run that never ends (a hang) fails after 30 s instead of stopping the fuzzing.
  const details = await fc.check(withProgress(name, property, start), { numRuns: runs, seed, maxSkipsPerRun: 10, timeout: 30_000 });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const counts = `${details.numRuns.toLocaleString('en')} run, ${details.numSkips.toLocaleString('en')} skipped`;
  if (details.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${counts} in ${seconds} s\n${fc.defaultReportMessage(details) ?? ''}`);
    break;
  }
  console.log(`${name}: ok, ${counts}, ${seconds} s${name === 'import' && importing ? ` (${String(importing.counts.imported)} imported, ${String(importing.counts.refused)} refused)` : ''}`);
}
importing?.dispose();
process.exitCode = failed ? 1 : 0;
