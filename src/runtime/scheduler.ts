import type { CancelScope } from './cancel-scope.js';
import type { Clock, VirtualClock } from './clock.js';
import { runOwned, unowned, WorkOwner } from './owned-work.js';

/** setTimeout's longest delay (about 24.8 days); longer waits are chained. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** Waits on the execution's clock and tracks the work of task handlers. */
export interface Scheduler {
  now(): number;
  /** Resolves after `ms` of clock time; rejects with the scope's reason when it is cancelled first. */
  sleep(ms: number, scope: CancelScope): Promise<void>;
  /**
   * Like {@link Scheduler.sleep}, for the execution's own time limit: a virtual clock does not jump to
   * it while a task token's callback is awaited and no other timer is pending (the test may answer).
   */
  deadline(ms: number, scope: CancelScope): Promise<void>;
  /**
   * Calls a task handler and waits for it. A virtual clock does not move while the handler has real
   * work in flight (a timer, socket or file request it started), and moves on when it only waits.
   */
  run<T>(work: () => T | Promise<T>): Promise<T>;
  /** Marks an awaited outside answer (a task token's callback) until it settles. */
  track<T>(work: Promise<T>): Promise<T>;
}

/** The scheduler of a clock: virtual time for a virtual clock, real timers for the system clock. */
export function schedulerFor(clock: Clock): Scheduler {
  return clock.kind === 'virtual' ? new VirtualScheduler(clock as VirtualClock) : new SystemScheduler(clock);
}

interface Timer {
  readonly time: number;
  readonly seq: number;
  readonly fire: () => void;
  /** A deadline: not reached just to wait for a callback. */
  readonly weak: boolean;
}

/**
 * Virtual time moves only when the execution has nothing else to do: every branch is waiting on a
 * timer, a task handler or a callback, no handler has real work in flight (a timer, file, socket or
 * other I/O that the handler's own code started, traced through its async context), and while a
 * callback is awaited Node reports no more active resources than when no handler or callback was
 * pending (the test that will answer it may be at work). Then the clock jumps to the earliest timer.
 * So a Wait of a year takes microseconds, a handler that never settles meets its TimeoutSeconds,
 * and a handler doing real I/O is never timed out early.
 */
class VirtualScheduler implements Scheduler {
  private readonly timers: Timer[] = [];
  private seq = 0;
  private pending = 0;
  private callbacks = 0;
  private readonly working = new Set<WorkOwner>();
  private pumpQueued = false;
  /** What Node reported as active while none of our handlers was working: not theirs. */
  private baseline = resourceCounts();

  constructor(private readonly clock: VirtualClock) {}

  now(): number {
    return this.clock.now();
  }

  sleep(ms: number, scope: CancelScope): Promise<void> {
    return this.wait(ms, scope, false);
  }

  deadline(ms: number, scope: CancelScope): Promise<void> {
    return this.wait(ms, scope, true);
  }

  private wait(ms: number, scope: CancelScope, weak: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer: Timer = {
        time: this.clock.now() + Math.max(0, ms),
        seq: this.seq++,
        weak,
        fire: () => {
          removeListener();
          resolve();
        },
      };
      const removeListener = scope.onCancel((reason) => {
        const index = this.timers.indexOf(timer);
        if (index !== -1) this.timers.splice(index, 1);
        reject(reason);
      });
      if (scope.isCancelled()) return;
      this.insert(timer);
      this.queuePump();
    });
  }

  run<T>(work: () => T | Promise<T>): Promise<T> {
    const owner = new WorkOwner();
    this.pending++;
    this.working.add(owner);
    return runOwned(owner, work).finally(() => {
      this.pending--;
      this.working.delete(owner);
      this.queuePump();
    });
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.pending++;
    this.callbacks++;
    return work.finally(() => {
      this.pending--;
      this.callbacks--;
      this.queuePump();
    });
  }

  private hasRealWork(): boolean {
    for (const owner of this.working) if (owner.live > 0) return true;
    return this.callbacks > 0 && moreActiveThan(this.baseline);
  }

  private insert(timer: Timer): void {
    let low = 0;
    let high = this.timers.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const other = this.timers[mid];
      if (other !== undefined && (other.time < timer.time || (other.time === timer.time && other.seq < timer.seq))) low = mid + 1;
      else high = mid;
    }
    this.timers.splice(low, 0, timer);
  }

  private queuePump(): void {
    if (this.pumpQueued || this.timers.length === 0) return;
    this.pumpQueued = true;
    unowned(() =>
      setImmediate(() => {
        this.pumpQueued = false;
        this.pump();
      }),
    );
  }

  /**
   * Fires the earliest timers unless a handler still works. It always runs from a `setImmediate`
   * callback, never from a timer's, so our own poll timer is never among the resources counted.
   */
  private pump(): void {
    const first = this.timers[0];
    if (first === undefined) return;
    // Only deadlines left while a callback is awaited: hold, as with no timer at all.
    if (first.weak && this.callbacks > 0 && this.timers.every((t) => t.weak)) return;
    if (this.pending === 0) {
      this.baseline = resourceCounts();
    } else if (this.hasRealWork()) {
      unowned(() =>
        setTimeout(() => {
          setImmediate(() => {
            this.pump();
          });
        }, 1),
      );
      return;
    }
    this.clock.advanceTo(first.time);
    while (this.timers[0] !== undefined && this.timers[0].time <= first.time) this.timers.shift()?.fire();
    this.queuePump();
  }
}

/** Real timers, chained past setTimeout's 24.8-day limit. */
class SystemScheduler implements Scheduler {
  constructor(private readonly clock: Clock) {}

  now(): number {
    return this.clock.now();
  }

  sleep(ms: number, scope: CancelScope): Promise<void> {
    const until = this.clock.now() + ms;
    return new Promise((resolve, reject) => {
      let handle: ReturnType<typeof setTimeout> | undefined;
      const removeListener = scope.onCancel((reason) => {
        clearTimeout(handle);
        reject(reason);
      });
      const step = (): void => {
        const left = until - this.clock.now();
        if (left <= 0) {
          removeListener();
          resolve();
        } else {
          handle = setTimeout(step, Math.min(left, MAX_TIMEOUT));
        }
      };
      if (!scope.isCancelled()) step();
    });
  }

  deadline(ms: number, scope: CancelScope): Promise<void> {
    return this.sleep(ms, scope);
  }

  async run<T>(work: () => T | Promise<T>): Promise<T> {
    return work();
  }

  track<T>(work: Promise<T>): Promise<T> {
    return work;
  }
}

function resourceCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of process.getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

/** True when Node reports more active resources of some kind than the baseline. */
function moreActiveThan(baseline: Map<string, number>): boolean {
  for (const [type, count] of resourceCounts()) if (count > (baseline.get(type) ?? 0)) return true;
  return false;
}
