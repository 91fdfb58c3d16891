// Benchmark: statewright's in-process executor against aws-local-stepfunctions, on the same
// workloads in the same process.
//
//   npm run bench:executor        (or: npx tsx scripts/bench-executor.ts)
//
// 1. Loop: Pass (States.MathAdd) -> Choice (NumericLessThanPath) counting to 10,000, history on.
// 2. Inline Map over 10,000 items, processor one Pass state: time and peak heap.
// 3. A one-year Wait on our virtual clock (the peer has no clock; it can only skip the wait).
// 4. Cold import + first execution, each in a fresh `node --import tsx` child.
// 5. Heap against loop length (1,000 / 10,000 / 100,000 iterations), history off for ours.
// Heap figures need `--expose-gc`: the script re-runs itself under node with that flag (bench/expose-gc.ts).
// Runs on our side raise `limits.historyEvents` (AWS's 25,000 would stop them).
import { cpus, loadavg } from 'node:os';
import { execute, virtualClock, type ExecuteOptions, type ExecutionResult } from '../src/runtime/index.js';
import { rerunWithExposedGc } from './bench/expose-gc.js';
import { formatTable } from './bench/table.js';
import { sideBySide, type Outcome, type Subject, type Summary } from './bench-executor/compare.js';
import { measureColdStarts, type ColdFigures } from './bench-executor/cold-start.js';
import { canCollect, heapSamplingClock, measure, settledHeapMb } from './bench-executor/measure.js';
import { installPromiseWithResolvers, loadPeer, PEER_NAME, type Peer } from './bench-executor/peer.js';
import { fmtCount, fmtMb, fmtMs, fmtRate, fmtRatio, verdict } from './bench-executor/report.js';
import {
  loopDefinition,
  loopDone,
  loopInput,
  loopTransitions,
  mapDefinition,
  mapDone,
  mapItems,
  ONE_YEAR_SECONDS,
  WAIT_STATE,
  waitDefinition,
} from './bench-executor/workloads.js';

const LOOP_ITERATIONS = 10_000;
const MAP_ITEMS = 10_000;
const HEAP_ITERATIONS = [1_000, 10_000, 100_000];
const COLD_SAMPLES = 3;
/** Full collections per sampled loop run (workload 5). */
const LIVE_SAMPLES = 10;
/** Live heap that moves less than this across loop lengths counts as flat. */
const FLAT_MB = 1;
const RAISED = { historyEvents: 1_000_000 } satisfies ExecuteOptions['limits'];

const TARGET = { loopSpeedup: 10, mapMs: 50, waitMs: 10 } as const;
/** The peer's figures quoted in issue 4 (measured on another day: the targets use this run's). */
const QUOTED_PEER = { loopPerSecond: 56_000, mapMs: 800 } as const;

if (!rerunWithExposedGc()) await main();

function fail(what: string, detail: string): never {
  throw new Error(`${what}: ${detail}`);
}

function checkOurs(what: string, result: ExecutionResult, done: (output: unknown) => boolean): void {
  if (result.status !== 'SUCCEEDED') fail(what, `${result.status} ${result.error ?? ''} ${result.cause ?? ''}`);
  if (!done(result.output)) fail(what, `unexpected output ${JSON.stringify(result.output).slice(0, 200)}`);
}

function checkPeer(what: string, output: unknown, done: (output: unknown) => boolean): void {
  if (!done(output)) fail(`${PEER_NAME} ${what}`, `unexpected output ${JSON.stringify(output).slice(0, 200)}`);
}

function peerSummary(outcome: Outcome): Summary | undefined {
  return 'summary' in outcome ? outcome.summary : undefined;
}

function peerCell(outcome: Outcome, cell: (summary: Summary) => string): string {
  return 'summary' in outcome ? cell(outcome.summary) : 'n/a';
}

function timedCompile(peer: Peer, definition: object): { machine: ReturnType<Peer['compile']>; ms: number } {
  const start = performance.now();
  const machine = peer.compile(definition);
  return { machine, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const polyfill = installPromiseWithResolvers();
  const loaded = await loadPeer();
  const peer = 'peer' in loaded ? loaded.peer : undefined;
  const started = performance.now();
  console.log(`statewright execute() vs ${PEER_NAME} ${peer?.version ?? '(not loaded)'} — node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  console.log(`Promise.withResolvers: ${polyfill}; heap: ${canCollect ? '--expose-gc on' : 'no --expose-gc, heap figures are approximate'}`);
  if (peer === undefined && 'missing' in loaded) console.log(`${PEER_NAME} not loaded (${loaded.missing}): its columns read n/a`);
  console.log('');

  const rows: (readonly string[])[] = [];
  const notes: string[] = [];

  // 1. Loop, history on.
  const transitions = loopTransitions(LOOP_ITERATIONS);
  const loopTitle = `1. Loop to ${fmtCount(LOOP_ITERATIONS)} (${fmtCount(transitions)} states entered), history on`;
  const oursLoop: Subject<ExecutionResult> = {
    warmups: 2,
    runs: 7,
    run: () => execute(loopDefinition, { input: loopInput(LOOP_ITERATIONS), history: true, limits: RAISED }),
    check: (result) => {
      checkOurs('loop', result, (output) => loopDone(output, LOOP_ITERATIONS));
      const entered = result.events.filter((event) => event.type.endsWith('StateEntered')).length;
      if (entered !== transitions) fail('loop', `${entered} StateEntered events, expected ${transitions}`);
    },
  };
  const peerLoopCompile = peer === undefined ? undefined : timedCompile(peer, loopDefinition);
  const peerLoopMachine = peerLoopCompile?.machine;
  const loop = await sideBySide(
    oursLoop,
    peerLoopMachine === undefined
      ? undefined
      : { warmups: 1, runs: 5, run: () => peerLoopMachine.run(loopInput(LOOP_ITERATIONS)), check: (output) => checkPeer('loop', output, (o) => loopDone(o, LOOP_ITERATIONS)) },
  );
  const oursRate = (transitions / loop.ours.medianMs) * 1000;
  const peerLoop = peerSummary(loop.peer);
  const peerRate = peerLoop === undefined ? Number.NaN : (transitions / peerLoop.medianMs) * 1000;
  const loopRatio = oursRate / peerRate;
  console.log(`${loopTitle}: ours ${fmtRate(oursRate)}/s (${fmtMs(loop.ours.medianMs)} ms), ${PEER_NAME} ${fmtRate(peerRate)}/s (${peerCell(loop.peer, (s) => fmtMs(s.medianMs))} ms)`);
  rows.push(
    [loopTitle, 'transitions/s', fmtRate(oursRate), fmtRate(peerRate), fmtRatio(loopRatio, 'faster', 'slower'), `>=${TARGET.loopSpeedup}x peer`, verdict(Number.isFinite(loopRatio) ? loopRatio >= TARGET.loopSpeedup : undefined)],
    ['', 'ms, median', fmtMs(loop.ours.medianMs), peerCell(loop.peer, (s) => fmtMs(s.medianMs)), '', '', ''],
    ['', 'ms, first run', fmtMs(loop.ours.firstMs), peerCell(loop.peer, (s) => fmtMs(s.firstMs)), '', '', ''],
  );
  if (peerLoopCompile !== undefined) notes.push(`${PEER_NAME}: new StateMachine(loop) (validation with asl-validator) took ${fmtMs(peerLoopCompile.ms)} ms, outside its timed runs; ours validates inside every execute() call.`);
  if ('failed' in loop.peer) notes.push(`${PEER_NAME} loop failed: ${loop.peer.failed}`);

  // 2. Inline Map over 10,000 items.
  const items = mapItems(MAP_ITEMS);
  const mapTitle = `2. Inline Map over ${fmtCount(MAP_ITEMS)} items (Pass processor)`;
  const peerMapMachine = peer?.compile(mapDefinition);
  const map = await sideBySide(
    {
      warmups: 2,
      runs: 7,
      run: () => execute(mapDefinition, { input: items, history: true, limits: RAISED }),
      check: (result) => checkOurs('map', result, (output) => mapDone(output, MAP_ITEMS)),
    },
    peerMapMachine === undefined
      ? undefined
      : { warmups: 1, runs: 5, run: () => peerMapMachine.run(items), check: (output) => checkPeer('map', output, (o) => mapDone(o, MAP_ITEMS)) },
  );
  const peerMap = peerSummary(map.peer);
  console.log(`${mapTitle}: ours ${fmtMs(map.ours.medianMs)} ms, peak +${fmtMb(map.ours.medianPeakMb)} MB; ${PEER_NAME} ${peerCell(map.peer, (s) => fmtMs(s.medianMs))} ms, peak +${peerCell(map.peer, (s) => fmtMb(s.medianPeakMb))} MB`);
  rows.push(
    [mapTitle, 'ms, median', fmtMs(map.ours.medianMs), peerCell(map.peer, (s) => fmtMs(s.medianMs)), fmtRatio((peerMap?.medianMs ?? Number.NaN) / map.ours.medianMs, 'faster', 'slower'), `<${TARGET.mapMs} ms`, verdict(map.ours.medianMs < TARGET.mapMs)],
    ['', 'ms, first run', fmtMs(map.ours.firstMs), peerCell(map.peer, (s) => fmtMs(s.firstMs)), '', '', ''],
    ['', 'peak heap MB', fmtMb(map.ours.medianPeakMb), peerCell(map.peer, (s) => fmtMb(s.medianPeakMb)), fmtRatio((peerMap?.medianPeakMb ?? Number.NaN) / map.ours.medianPeakMb, 'less', 'more'), '', ''],
  );
  notes.push(
    `Issue 4 quotes the peer at ~${fmtRate(QUOTED_PEER.loopPerSecond)} transitions/s and ~${QUOTED_PEER.mapMs} ms on the Map; this run measured ${fmtRate(peerRate)}/s and ${peerCell(map.peer, (s) => fmtMs(s.medianMs))} ms. ` +
      `Against the quoted ${fmtRate(QUOTED_PEER.loopPerSecond)}/s ours is ${(oursRate / QUOTED_PEER.loopPerSecond).toFixed(1)}x (10x = ${fmtRate(QUOTED_PEER.loopPerSecond * TARGET.loopSpeedup)}/s).`,
  );
  if ('failed' in map.peer) notes.push(`${PEER_NAME} map failed: ${map.peer.failed}`);

  // 3. One-year Wait.
  const waitTitle = '3. Wait 31,536,000 s (one year)';
  const peerWaitMachine = peer?.compile(waitDefinition);
  const wait = await sideBySide(
    {
      warmups: 1,
      runs: 21,
      run: () => execute(waitDefinition, { clock: virtualClock() }),
      check: (result) => {
        checkOurs('wait', result, () => true);
        const slept = result.stopDate.getTime() - result.startDate.getTime();
        if (slept !== ONE_YEAR_SECONDS * 1000) fail('wait', `virtual time moved ${slept} ms, expected one year`);
      },
    },
    peerWaitMachine === undefined
      ? undefined
      : { warmups: 1, runs: 21, run: () => peerWaitMachine.run({}, { waitOverridesMs: { [WAIT_STATE]: 0 } }), check: () => undefined },
  );
  console.log(`${waitTitle}: ours ${fmtMs(wait.ours.medianMs)} ms on the virtual clock; ${PEER_NAME} has no virtual clock, with waitTimeOverrides { ${WAIT_STATE}: 0 } (skips the wait) ${peerCell(wait.peer, (s) => fmtMs(s.medianMs))} ms`);
  rows.push(
    [waitTitle, 'ms, median', fmtMs(wait.ours.medianMs), peerCell(wait.peer, (s) => `${fmtMs(s.medianMs)}*`), 'n/a', `<${TARGET.waitMs} ms`, verdict(wait.ours.medianMs < TARGET.waitMs)],
    ['', 'ms, first run', fmtMs(wait.ours.firstMs), peerCell(wait.peer, (s) => `${fmtMs(s.firstMs)}*`), '', '', ''],
  );
  notes.push(`* ${PEER_NAME} has no virtual clock: its figure is the Wait skipped with RunOptions.overrides.waitTimeOverrides { ${WAIT_STATE}: 0 } (no time passes, nothing to compare: ratio n/a).`);

  // 4. Cold import + first execution.
  const coldTitle = '4. Cold import + first run (fresh node --import tsx)';
  console.log(`${coldTitle}: spawning ${1 + COLD_SAMPLES} children per subject...`);
  const cold = measureColdStarts(peer === undefined ? ['baseline', 'ours'] : ['baseline', 'ours', 'peer'], COLD_SAMPLES);
  const none: ColdFigures = { wallMs: Number.NaN, importMs: Number.NaN, firstRunMs: Number.NaN };
  const baseline = cold.get('baseline') ?? none;
  const coldOurs = cold.get('ours') ?? none;
  const coldPeer = cold.get('peer') ?? none;
  const netOurs = coldOurs.wallMs - baseline.wallMs;
  const netPeer = coldPeer.wallMs - baseline.wallMs;
  console.log(`  wall: ours ${fmtMs(coldOurs.wallMs)} ms, ${PEER_NAME} ${fmtMs(coldPeer.wallMs)} ms, empty child ${fmtMs(baseline.wallMs)} ms`);
  rows.push(
    [coldTitle, 'wall ms', fmtMs(coldOurs.wallMs), fmtMs(coldPeer.wallMs), fmtRatio(coldPeer.wallMs / coldOurs.wallMs, 'faster', 'slower'), '', ''],
    ['', 'wall - empty child', fmtMs(netOurs), fmtMs(netPeer), fmtRatio(netPeer / netOurs, 'faster', 'slower'), '', ''],
    ['', 'import ms', fmtMs(coldOurs.importMs), fmtMs(coldPeer.importMs), fmtRatio(coldPeer.importMs / coldOurs.importMs, 'faster', 'slower'), '', ''],
    ['', 'first run ms', fmtMs(coldOurs.firstRunMs), fmtMs(coldPeer.firstRunMs), fmtRatio(coldPeer.firstRunMs / coldOurs.firstRunMs, 'faster', 'slower'), '', ''],
  );
  notes.push(
    `Cold: medians of ${COLD_SAMPLES} children each after one untimed child (tsx transform cache warm). An empty child (node + tsx, nothing imported) takes ${fmtMs(baseline.wallMs)} ms. ` +
      `Ours is imported from src/ as TypeScript (tsx transpiles it), the peer from its bundled JS; "first run" includes validation for both (the peer's in new StateMachine()).`,
  );

  // 5. Heap against loop length.
  console.log('5. Heap against loop length...');
  const heapRows: string[][] = [];
  const oursLive: number[] = [];
  await execute(loopDefinition, { input: loopInput(1_000), history: false, limits: RAISED });
  if (peerLoopMachine !== undefined) await peerLoopMachine.run(loopInput(1_000));
  for (const iterations of HEAP_ITERATIONS) {
    const ours = await measure(() => execute(loopDefinition, { input: loopInput(iterations), history: false, limits: RAISED }));
    checkOurs('heap loop', ours.result, (output) => loopDone(output, iterations));
    if (ours.result.events.length !== 0) fail('heap loop', 'history: false still recorded events');
    const live = await liveHeapOfOurLoop(iterations);
    oursLive.push(live);
    const oursAfter = settledHeapMb();
    let peerCells = ['n/a', 'n/a', 'n/a', 'n/a'];
    if (peerLoopMachine !== undefined) {
      const theirs = await measure(() => peerLoopMachine.run(loopInput(iterations)));
      checkPeer('heap loop', theirs.result, (output) => loopDone(output, iterations));
      peerCells = [fmtMs(theirs.ms), fmtMb(theirs.peakMb), fmtMb(theirs.majorGcLiveMb), fmtMb(settledHeapMb())];
    }
    const row = [fmtCount(iterations), fmtMs(ours.ms), fmtMb(ours.peakMb), fmtMb(live), fmtMb(oursAfter), ...peerCells];
    console.log(`  ${row.join('  ')}`);
    heapRows.push(row);
  }
  const oursSpread = Math.max(...oursLive) - Math.min(...oursLive);
  rows.push(
    [
      `5. Live heap, loop ${HEAP_ITERATIONS.map(fmtCount).join(' / ')}, history off`,
      'MB, max - min',
      fmtMb(oursSpread),
      'see below',
      '',
      'flat',
      verdict(canCollect ? oursSpread < FLAT_MB : undefined),
    ],
  );

  console.log(`\n${formatTable(['workload', 'figure', 'statewright', PEER_NAME, 'ours vs peer', 'target', 'met'], rows)}`);
  console.log(
    [
      '',
      'Timed runs: each after gc(), after untimed warm-up runs, alternating which executor goes first; medians.',
      'Ours: execute() per run (validation included), limits.historyEvents raised to 1,000,000. Peer: one StateMachine per workload, run() per run, its default event log.',
      'Peak heap: MB above the heap after gc() at the start, highest of the heap before each collection during the run and at its end.',
      ...notes,
    ].join('\n'),
  );

  console.log(`\n5. Heap against loop length (ours: history: false; ${PEER_NAME}: its default), one run each after a 1,000-iteration warm-up`);
  console.log(
    formatTable(
      ['iterations', 'ours ms', 'peak MB', 'live MB', 'after gc MB', 'peer ms', 'peak MB', 'live MB', 'after gc MB'],
      heapRows,
    ),
  );
  console.log(
    [
      'peak: MB above the heap after gc() at the start, at its highest (heap before each collection during the run, and at its end).',
      `live, ours: MB above the starting heap, largest of ${LIVE_SAMPLES} full gc()s spread over a second run of the same length (a clock`,
      '  that collects every n-th read: the executor reads it at each state it enters, so this is the heap mid-run).',
      "live, peer: largest heap after V8's own full (mark-sweep) collections during the run, above the start; n/a when none ran.",
      '  (It runs without yielding to the event loop, so nothing can sample it mid-run.)',
      'after gc: the whole heap after the run and a gc(), the result dropped.',
      `ours, live across lengths: ${oursLive.map(fmtMb).join(' / ')} MB, spread ${fmtMb(oursSpread)} MB (flat: under ${FLAT_MB} MB).`,
      `\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    ].join('\n'),
  );
}

/** MB above the starting heap, at most, over {@link LIVE_SAMPLES} full collections spread over one loop run of ours. */
async function liveHeapOfOurLoop(iterations: number): Promise<number> {
  const { clock, samplesMb } = heapSamplingClock(Math.max(1, Math.floor(loopTransitions(iterations) / LIVE_SAMPLES)));
  const before = settledHeapMb();
  const result = await execute(loopDefinition, { input: loopInput(iterations), history: false, limits: RAISED, clock });
  checkOurs('sampled heap loop', result, (output) => loopDone(output, iterations));
  const samples = samplesMb();
  return samples.length === 0 ? Number.NaN : Math.max(...samples) - before;
}
