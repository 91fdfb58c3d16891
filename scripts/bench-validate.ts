// Benchmark: statewright's `validate` against asl-validator 4, on speed and on what each catches.
//
//   npm run bench:validate        (or: npx tsx scripts/bench-validate.ts)
//
// 1. Generates valid definitions of 100, 1,000 and 10,000 states (seeded, see bench/generate-definitions.ts),
//    checks that both validators accept each one, and times both side by side in this process,
//    alternating which runs first. Heap figures need `--expose-gc`: the script re-runs itself under
//    node with that flag (see bench/expose-gc.ts).
// 2. Runs both over every fixture in test/fixtures/invalid/*.json and counts which each catches
//    (asl-validator in a worker thread with a time limit, see bench/asl-worker.ts).
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { AslWorker } from './bench/asl-worker.js';
import { rerunWithExposedGc } from './bench/expose-gc.js';
import { checkFixture, loadFixtures, type FixtureOutcome } from './bench/fixtures.js';
import { DEFAULT_SEED, describeDefinition, generateDefinition } from './bench/generate-definitions.js';
import { canCollect } from './bench/measure.js';
import { coverageReport, speedTable, TARGET_SPEEDUP } from './bench/report.js';
import { benchmarkSize, type SizeResult } from './bench/speed.js';

const SIZES = [100, 1_000, 10_000];
const FIXTURES = fileURLToPath(new URL('../test/fixtures/invalid', import.meta.url));

if (!rerunWithExposedGc()) await main();

async function main(): Promise<void> {
  console.log(`statewright validate vs asl-validator 4 — node ${process.version}, ${cpus().length} CPUs, seed ${DEFAULT_SEED}`);
  console.log(canCollect ? 'heap: --expose-gc on\n' : 'heap: no --expose-gc, heap figures are approximate\n');

  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const definition = generateDefinition(size);
    const { total, byType, maxDepth } = describeDefinition(definition);
    const types = [...byType].map(([type, count]) => `${count} ${type}`).join(', ');
    console.log(`${total} states: ${types}; Parallel/Map nesting ${maxDepth} deep`);
    const result = benchmarkSize(size, definition);
    if (result.warnings > 0) console.log(`  (statewright reports ${result.warnings} warning(s), no errors)`);
    results.push(result);
  }
  console.log(`\n${speedTable(results)}`);
  console.log(
    [
      '1st: the first call on that definition (for 100 states also the first in the process: cold JIT, lazy set-up).',
      'warm: median of the runs, after 2 untimed calls each, alternating which validator goes first (no gc() between them).',
      'heap: MB allocated by one warm call (heap growth after gc(), plus what collections during the call freed).',
      `asl/ours: ratio of the warm medians; target >=${TARGET_SPEEDUP}x.`,
    ].join('\n'),
  );

  const { fixtures, unreadable } = await loadFixtures(FIXTURES);
  console.log(`\nInvalid fixtures (test/fixtures/invalid): ${fixtures.length}`);
  if (unreadable.length > 0) console.log(`skipped, not fixtures: ${unreadable.join(', ')}`);
  if (fixtures.length > 0) {
    console.log('caught: at least one ERROR reported; for fixtures expecting only WARNINGs, a warning (asl-validator has none).');
    const asl = new AslWorker();
    const outcomes: FixtureOutcome[] = [];
    for (const fixture of fixtures) outcomes.push(await checkFixture(fixture, asl));
    await asl.close();
    console.log(coverageReport(outcomes));
  }
}
