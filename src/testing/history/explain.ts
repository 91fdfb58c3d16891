import type { ExecutionResult } from '../../runtime/options.js';
import { stateVisits } from './state-visits.js';

/**
 * A few lines that say what an execution did: how it ended, the path it took, and the last state's
 * input and output (or error). Matcher failure messages end with it, so a failed test explains itself.
 *
 * @example
 * ```ts
 * import { execute } from 'statewright/runtime';
 * import { explainExecution } from 'statewright/testing';
 *
 * const result = await execute({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { input: { n: 1 } });
 * console.log(explainExecution(result));
 * // Execution SUCCEEDED after 0 s
 * // Path taken: A
 * // Last state: A (Pass)
 * //   input:  {"n":1}
 * //   output: {"n":1}
 * ```
 */
export function explainExecution(result: ExecutionResult): string {
  const visits = stateVisits(result.events);
  const seconds = result.elapsed / 1000;
  const ending = result.status === 'SUCCEEDED' ? '' : ` (${result.error ?? ''}${result.cause ? `: ${result.cause}` : ''})`;
  const lines = [`Execution ${result.status}${ending} after ${String(seconds)} s`];
  lines.push(visits.length === 0 ? 'Path taken: (no state entered; was history recording off?)' : `Path taken: ${visits.map((v) => v.name).join(' → ')}`);
  const last = visits.at(-1);
  if (last !== undefined) {
    lines.push(`Last state: ${last.name} (${last.type})`, `  input:  ${json(last.input)}`);
    if (last.exited) lines.push(`  output: ${json(last.output)}`);
    else if (last.lastError !== undefined) lines.push(`  failed: ${last.lastError.error}${last.lastError.cause ? `: ${last.lastError.cause}` : ''}`);
    else lines.push('  (did not exit)');
  }
  return lines.join('\n');
}

/** Compact JSON of a value, for messages and renderings. */
export function json(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
