import { CancelScope } from './cancel-scope.js';
import { AslError, StatesHeartbeatTimeout, StatesTimeout } from './errors.js';
import type { Scheduler } from './scheduler.js';

/** The timers of a running task: `TimeoutSeconds` from the start, `HeartbeatSeconds` from the last heartbeat. */
export interface Watchdog {
  /** Rejects with States.Timeout or States.HeartbeatTimeout; never resolves. */
  readonly expired: Promise<never>;
  /** A heartbeat: the heartbeat timer starts again. */
  beat(): void;
  /** Stops the timers. */
  dispose(): void;
}

/** Starts a task's timers on the execution's clock; they stop with `parent` or {@link Watchdog.dispose}. */
export function startWatchdog(scheduler: Scheduler, parent: CancelScope, timeoutSeconds: number | undefined, heartbeatSeconds: number | undefined): Watchdog {
  const scope = new CancelScope(parent);
  const start = scheduler.now();
  let lastBeat = start;
  const timeoutAt = timeoutSeconds === undefined ? Infinity : start + timeoutSeconds * 1000;
  const heartbeatAt = (): number => (heartbeatSeconds === undefined ? Infinity : lastBeat + heartbeatSeconds * 1000);
  const watch = async (): Promise<never> => {
    for (;;) {
      const next = Math.min(timeoutAt, heartbeatAt());
      if (next === Infinity) return new Promise<never>(() => undefined);
      await scheduler.sleep(next - scheduler.now(), scope);
      const now = scheduler.now();
      if (now >= timeoutAt) throw new StatesTimeout();
      if (now >= heartbeatAt()) throw new StatesHeartbeatTimeout();
    }
  };
  const expired = watch();
  expired.catch(() => undefined);
  return {
    expired,
    beat: () => {
      lastBeat = scheduler.now();
    },
    dispose: () => {
      scope.cancel(new AslError('Task.Done'));
    },
  };
}
