// Timing and heap figures for one validator call.
import { performance } from 'node:perf_hooks';
import { GCProfiler } from 'node:v8';

export function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export const canCollect = typeof globalThis.gc === 'function';

/**
 * Megabytes of heap one call allocates: after a forced full collection, the growth of `usedHeapSize`
 * across the call plus whatever collections that ran during it freed (reported by `v8.GCProfiler`),
 * so that a scavenge in the middle does not hide the call's garbage. Without `--expose-gc` the
 * figure also counts earlier garbage collected during the call, so it is only approximate.
 */
export function heapMb(run: () => unknown): number {
  globalThis.gc?.();
  const profiler = new GCProfiler();
  profiler.start();
  const before = process.memoryUsage().heapUsed;
  run();
  const after = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const freed = statistics.reduce((sum, gc) => sum + Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize), 0);
  return (after - before + freed) / 2 ** 20;
}
