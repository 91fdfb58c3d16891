/**
 * Where an execution's time comes from. A virtual clock jumps to the next timer as soon as the
 * execution has nothing else to do, so a one-year Wait takes microseconds; a system clock really waits.
 */
export interface Clock {
  readonly kind: 'virtual' | 'system';
  /** Milliseconds since the epoch. */
  now(): number;
}

/** A clock the executor moves forward itself. */
export interface VirtualClock extends Clock {
  readonly kind: 'virtual';
  /** Moves time forward to `time` (never back). */
  advanceTo(time: number): void;
}

/** Where a virtual clock starts unless told otherwise: 2024-01-01T00:00:00.000Z. */
export const DEFAULT_START_TIME = new Date(Date.UTC(2024, 0, 1));

/**
 * A virtual clock starting at `start` (default {@link DEFAULT_START_TIME}).
 *
 * @example
 * ```ts
 * import { virtualClock } from 'statewright/runtime';
 *
 * const clock = virtualClock(new Date('2025-06-01T00:00:00Z'));
 * console.log(new Date(clock.now()).toISOString()); // 2025-06-01T00:00:00.000Z
 * ```
 */
export function virtualClock(start: Date = DEFAULT_START_TIME): VirtualClock {
  let time = start.getTime();
  return {
    kind: 'virtual',
    now: () => time,
    advanceTo(next) {
      if (next > time) time = next;
    },
  };
}

/**
 * The machine's real clock: Waits, retry intervals and timeouts take real time.
 *
 * @example
 * ```ts
 * import { systemClock } from 'statewright/runtime';
 *
 * console.log(systemClock().kind); // 'system'
 * ```
 */
export function systemClock(): Clock {
  return { kind: 'system', now: () => Date.now() };
}
