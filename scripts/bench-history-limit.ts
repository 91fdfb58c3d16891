// Benchmark: an inline Map over 100,000 items stops at AWS's 25,000-event history limit. Prints the
// time and the heap growth of that run with history recorded and with recording off, so that memory
// stays bounded by the limit, not by the number of items (run with --expose-gc for exact heap figures).
//
//   node --expose-gc --import tsx scripts/bench-history-limit.ts
import { execute } from '../src/runtime/index.js';

const definition = {
  StartAt: 'Each',
  States: { Each: { Type: 'Map', ItemProcessor: { StartAt: 'Touch', States: { Touch: { Type: 'Pass', End: true } } }, End: true } },
};
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

console.log(`inline Map, history limit 25,000, node ${process.version}${collect.name === 'gc' ? '' : ' (no --expose-gc: heap figures approximate)'}`);
for (const count of [30_000, 100_000, 300_000]) {
  const input = Array.from({ length: count }, (_, i) => ({ i }));
  for (const history of [true, false]) {
    collect();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = await execute(definition, { input, history, limits: { payloadBytes: 64 * 1024 * 1024 } });
    const ms = performance.now() - start;
    const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    console.log(
      `${count.toLocaleString('en').padStart(8)} items, history ${history ? 'on ' : 'off'}: ${result.status} ${String(result.error)}, ` +
        `${result.events.length.toLocaleString('en')} events kept, ${ms.toFixed(0)} ms, heap +${grown.toFixed(1)} MB (result still held)`,
    );
  }
}
