// Runs one workload on both executors in this process, interleaved, and keeps each run's figures.
import { measure, measureTime, median, type RunFigures } from './measure.js';

export interface Subject<T> {
  /** Untimed runs first (JIT warm-up, lazy set-up). */
  readonly warmups: number;
  /** Timed runs, each after a full gc(). */
  readonly runs: number;
  readonly run: () => Promise<T>;
  /** Throws when a run's result is wrong: a fast wrong answer is no figure. */
  readonly check: (result: T) => void;
}

export interface Summary {
  readonly runs: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly medianPeakMb: number;
}

export type Outcome = { readonly summary: Summary } | { readonly failed: string };

function summarize(first: number, figures: readonly RunFigures<unknown>[]): Summary {
  return {
    runs: figures.length,
    firstMs: first,
    medianMs: median(figures.map((run) => run.ms)),
    medianPeakMb: median(figures.map((run) => run.peakMb)),
  };
}

/** One timed run, then one run under the GC profiler for the heap: profiling would slow the timed one. */
async function runChecked<T>(subject: Subject<T>): Promise<RunFigures<T>> {
  const timed = await measureTime(subject.run);
  subject.check(timed.result);
  const figures = await measure(subject.run);
  subject.check(figures.result);
  return { ...figures, ms: timed.ms };
}

/**
 * Warm-ups of ours, then of the peer; then the timed runs in rounds, alternating which executor goes
 * first. A peer that throws is reported as failed with its message; ours throwing ends the benchmark.
 */
export async function sideBySide<A, B>(ours: Subject<A>, peer: Subject<B> | undefined): Promise<{ ours: Summary; peer: Outcome }> {
  const oursFigures: RunFigures<unknown>[] = [];
  const peerFigures: RunFigures<unknown>[] = [];
  let oursFirst = Number.NaN;
  let peerFirst = Number.NaN;
  let peerFailure: string | undefined = peer === undefined ? 'not installed' : undefined;

  const runPeer = async (target: RunFigures<unknown>[] | undefined): Promise<void> => {
    if (peer === undefined || peerFailure !== undefined) return;
    try {
      const figures = await runChecked(peer);
      if (Number.isNaN(peerFirst)) peerFirst = figures.ms;
      target?.push(figures);
    } catch (error) {
      peerFailure = error instanceof Error ? error.message : String(error);
    }
  };
  const runOurs = async (target: RunFigures<unknown>[] | undefined): Promise<void> => {
    const figures = await runChecked(ours);
    if (Number.isNaN(oursFirst)) oursFirst = figures.ms;
    target?.push(figures);
  };

  for (let i = 0; i < ours.warmups; i++) await runOurs(undefined);
  for (let i = 0; i < (peer?.warmups ?? 0); i++) await runPeer(undefined);
  const rounds = Math.max(ours.runs, peer?.runs ?? 0);
  for (let round = 0; round < rounds; round++) {
    const turns: (() => Promise<void>)[] = [];
    if (round < ours.runs) turns.push(() => runOurs(oursFigures));
    if (peer !== undefined && round < peer.runs) turns.push(() => runPeer(peerFigures));
    if (round % 2 === 1) turns.reverse();
    for (const turn of turns) await turn();
  }
  return {
    ours: summarize(oursFirst, oursFigures),
    peer: peerFailure === undefined ? { summary: summarize(peerFirst, peerFigures) } : { failed: peerFailure },
  };
}
