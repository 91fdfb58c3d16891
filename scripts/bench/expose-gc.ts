import { spawnSync } from 'node:child_process';

/**
 * Heap figures need `global.gc`, which only `node --expose-gc` defines. `tsx script.ts` starts node
 * without it, so the script runs itself again in a child node with the same loader flags
 * (`process.execArgv`, which carry tsx) plus `--expose-gc`, and exits with the child's status.
 * `BENCH_NO_RESPAWN=1` skips this (heap figures are then approximate).
 * Returns false when this process should go on and run the benchmark itself.
 */
export function rerunWithExposedGc(): boolean {
  if (typeof globalThis.gc === 'function' || process.env.BENCH_NO_RESPAWN !== undefined) return false;
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_NO_RESPAWN: '1' },
  });
  process.exitCode = child.status ?? 1;
  return true;
}
