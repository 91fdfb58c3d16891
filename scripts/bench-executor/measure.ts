// Time and heap of one asynchronous run.
import { performance } from 'node:perf_hooks';
import { GCProfiler } from 'node:v8';
import { virtualClock, type VirtualClock } from '../../src/runtime/index.js';

export { canCollect, median } from '../bench/measure.js';

export interface RunFigures<T> {
  readonly result: T;
  readonly ms: number;
  /**
   * MB above the starting heap (measured after a full gc()) at the highest point seen: the heap just
   * before each collection during the run, and at its end.
   */
  readonly peakMb: number;
  /**
   * MB above the starting heap left by the full (mark-sweep) collections V8 ran during the run, at
   * most: what was live then. NaN when only scavenges ran (their figure counts promoted garbage).
   */
  readonly majorGcLiveMb: number;
}

const MB = 2 ** 20;

/** Runs `run` once after a full collection and reports its wall time alone (no GC profiler slowing it). */
export async function measureTime<T>(run: () => Promise<T>): Promise<{ readonly result: T; readonly ms: number }> {
  globalThis.gc?.();
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

/** Runs `run` once after a full collection and reports its heap (and its time under the GC profiler). */
export async function measure<T>(run: () => Promise<T>): Promise<RunFigures<T>> {
  globalThis.gc?.();
  const profiler = new GCProfiler();
  const before = process.memoryUsage().heapUsed;
  profiler.start();
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  const after = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  let peak = after;
  let live = Number.NaN;
  for (const gc of statistics) {
    peak = Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize);
    if (gc.gcType === 'MarkSweepCompact') live = Math.max(Number.isNaN(live) ? 0 : live, gc.afterGC.heapStatistics.usedHeapSize);
  }
  return { result, ms, peakMb: (peak - before) / MB, majorGcLiveMb: (live - before) / MB };
}

/** Heap in use after a full collection, in MB (approximate without --expose-gc). */
export function settledHeapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / MB;
}

/**
 * A virtual clock that, every `every` reads, runs a full gc() and records the heap: our executor reads
 * its clock at each state it enters, so this samples the live heap in the middle of a run that never
 * yields to the event loop (a timer could not). Needs --expose-gc; records nothing without it.
 */
export function heapSamplingClock(every: number): { clock: VirtualClock; samplesMb: () => readonly number[] } {
  const inner = virtualClock();
  const samples: number[] = [];
  let reads = 0;
  const clock: VirtualClock = {
    kind: 'virtual',
    now() {
      reads++;
      if (reads % every === 0 && globalThis.gc !== undefined) {
        globalThis.gc();
        samples.push(process.memoryUsage().heapUsed / MB);
      }
      return inner.now();
    },
    advanceTo(time) {
      inner.advanceTo(time);
    },
  };
  return { clock, samplesMb: () => samples };
}
