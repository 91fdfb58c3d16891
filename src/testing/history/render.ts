import type { ExecutionResult } from '../../runtime/options.js';
import { json } from './explain.js';
import { stateVisits } from './state-visits.js';

/**
 * A compact, stable text of an execution for snapshots: its end, then one line per state entered
 * with its input and output (or its error). Times, ids and ARNs are left out, so the text changes
 * only when the behaviour does.
 *
 * @example
 * ```ts
 * import { execute } from 'statewright/runtime';
 * import { renderExecution } from 'statewright/testing';
 *
 * const result = await execute({ StartAt: 'Double', States: { Double: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, $.n)' }, End: true } } }, { input: { n: 2 } });
 * console.log(renderExecution(result));
 * // SUCCEEDED {"n":4}
 * // Double (Pass) {"n":2} → {"n":4}
 * ```
 */
export function renderExecution(result: ExecutionResult): string {
  const end = result.status === 'SUCCEEDED' ? `SUCCEEDED ${json(result.output)}` : `${result.status} ${result.error ?? ''}${result.cause ? `: ${result.cause}` : ''}`;
  const lines = [end];
  for (const visit of stateVisits(result.events)) {
    const after = visit.exited
      ? `→ ${json(visit.output)}`
      : visit.lastError !== undefined
        ? `✗ ${visit.lastError.error}${visit.lastError.cause ? `: ${visit.lastError.cause}` : ''}`
        : '✗';
    lines.push(`${visit.name} (${visit.type}) ${json(visit.input)} ${after}`);
  }
  return lines.join('\n');
}
