// Child process of the cold-start workload: `node --import tsx cold-child.ts <ours|peer|baseline>`.
// Imports one executor, runs the one-state machine once, and prints its own timings as JSON
// (the parent measures the whole process's wall time around it).
import { performance } from 'node:perf_hooks';
import { oneStateDefinition } from './workloads.js';

export interface ColdChildReport {
  readonly importMs: number;
  readonly firstRunMs: number;
  readonly ok: boolean;
}

async function coldOurs(): Promise<ColdChildReport> {
  const start = performance.now();
  const { execute } = await import('../../src/runtime/index.js');
  const imported = performance.now();
  const result = await execute(oneStateDefinition);
  return { importMs: imported - start, firstRunMs: performance.now() - imported, ok: result.status === 'SUCCEEDED' && result.output === 'ok' };
}

async function coldPeer(): Promise<ColdChildReport> {
  const start = performance.now();
  const { loadPeer } = await import('./peer.js');
  const loaded = await loadPeer();
  const imported = performance.now();
  if (!('peer' in loaded)) throw new Error(loaded.missing);
  // What a first use costs: construct (the peer validates the definition here) and run.
  const output = await loaded.peer.compile(oneStateDefinition).run({});
  return { importMs: imported - start, firstRunMs: performance.now() - imported, ok: output === 'ok' };
}

const which = process.argv[2];
const report: ColdChildReport =
  which === 'ours' ? await coldOurs() : which === 'peer' ? await coldPeer() : { importMs: 0, firstRunMs: 0, ok: true };
process.stdout.write(`${JSON.stringify(report)}\n`);
