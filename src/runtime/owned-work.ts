import { AsyncLocalStorage, createHook } from 'node:async_hooks';

/** Counts the live async resources (timers, sockets, file requests, …) that one owner's code created. */
export class WorkOwner {
  live = 0;
}

// Promises and ticks are how code waits, not work in flight; what they wait on is counted.
const NOT_WORK = new Set(['PROMISE', 'TickObject', 'Microtask']);
const current = new AsyncLocalStorage<WorkOwner>();
const owners = new Map<number, WorkOwner>();
const hook = createHook({
  init(asyncId, type) {
    if (NOT_WORK.has(type)) return;
    const owner = current.getStore();
    if (owner === undefined) return;
    owners.set(asyncId, owner);
    owner.live++;
  },
  destroy(asyncId) {
    const owner = owners.get(asyncId);
    if (owner === undefined) return;
    owners.delete(asyncId);
    owner.live--;
    disableWhenIdle();
  },
});
let running = 0;

// The hook stays on while an owned call runs or an owned resource lives, so no destroy is missed.
function disableWhenIdle(): void {
  if (running === 0 && owners.size === 0) hook.disable();
}

/**
 * Calls `work` so that every async resource it creates, directly or in later continuations, counts
 * as `owner`'s until Node destroys it. The hook that counts is enabled only while owned calls run or
 * owned resources live, so executions without task handlers pay nothing for it.
 */
export async function runOwned<T>(owner: WorkOwner, work: () => T | Promise<T>): Promise<T> {
  running++;
  hook.enable();
  try {
    return await current.run(owner, work);
  } finally {
    running--;
    disableWhenIdle();
  }
}

/** Calls `work` outside any owner, so the resources it creates (the scheduler's own timers) count for nobody. */
export function unowned<T>(work: () => T): T {
  return current.exit(work);
}
