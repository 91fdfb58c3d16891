// Times both validators on one generated definition, side by side in this process.
import { heapMb, median, timed } from './measure.js';
import type { JsonObject } from './state-templates.js';
import { errorsOf, formatDiagnostic, runAsl, runOurs } from './validators.js';

/** Warm runs per size: 15, fewer when one call of each validator together takes long. */
const MAX_WARM_RUNS = 15;
const MIN_WARM_RUNS = 5;
const WARM_BUDGET_MS = 20_000;
/** Untimed calls of each validator between the first call and the warm runs. */
const WARM_UP_CALLS = 2;

export interface Figures {
  readonly firstMs: number;
  readonly warmMedianMs: number;
  readonly heapMb: number;
}

export interface SizeResult {
  readonly states: number;
  readonly runs: number;
  /** Warnings statewright reports for the definition (it has no errors). */
  readonly warnings: number;
  readonly ours: Figures;
  readonly asl: Figures;
}

/**
 * The first call of each validator on the definition (checked: a definition either one rejects
 * stops the benchmark, so no early exit is ever timed), two untimed warm-up calls each, then warm
 * runs alternating which goes first, then one call each for the heap. Each validator gets its own
 * deep copy, because asl-validator writes `QueryLanguage` into every state.
 * No collection is forced between timed calls (a forced gc() shrinks the heap and makes the next
 * call pay for growing it again), so a call may pay for collecting garbage the other left: that
 * mostly slows statewright, as asl-validator allocates ~1.5 GB per 10,000-state call.
 */
export function benchmarkSize(states: number, definition: JsonObject): SizeResult {
  const ours = structuredClone(definition);
  const theirs = structuredClone(definition);

  const oursFirst = timed(() => runOurs(ours));
  const errors = errorsOf(oursFirst.result);
  if (errors.length > 0) fail(`statewright reports ${errors.length} error(s) for the ${states}-state definition:`, errors.slice(0, 10).map(formatDiagnostic));
  const aslFirst = timed(() => runAsl(theirs));
  if (!aslFirst.result.isValid) fail(`asl-validator rejects the ${states}-state definition:`, aslFirst.result.errorsText('\n').split('\n').slice(0, 10));

  const runs = Math.max(MIN_WARM_RUNS, Math.min(MAX_WARM_RUNS, Math.floor(WARM_BUDGET_MS / (oursFirst.ms + aslFirst.ms))));
  for (let i = 0; i < WARM_UP_CALLS; i += 1) {
    runOurs(ours);
    runAsl(theirs);
  }
  const oursTimes: number[] = [];
  const aslTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const measureOurs = (): void => void oursTimes.push(timed(() => runOurs(ours)).ms);
    const measureAsl = (): void => void aslTimes.push(timed(() => runAsl(theirs)).ms);
    if (i % 2 === 0) {
      measureOurs();
      measureAsl();
    } else {
      measureAsl();
      measureOurs();
    }
  }
  return {
    states,
    runs,
    warnings: oursFirst.result.length,
    ours: { firstMs: oursFirst.ms, warmMedianMs: median(oursTimes), heapMb: heapMb(() => runOurs(ours)) },
    asl: { firstMs: aslFirst.ms, warmMedianMs: median(aslTimes), heapMb: heapMb(() => runAsl(theirs)) },
  };
}

function fail(title: string, lines: readonly string[]): never {
  console.error(title);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}
