import type { CaseOutcome } from './run-case.js';
import { EXECUTOR_SUBSET } from './subset.js';
import type { FailureKind } from './compare.js';

export interface Counts {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
}

/** What a run found, as `--json` prints it. */
export interface Summary extends Counts {
  readonly casesDir: string;
  /** The executor's subset ({@link EXECUTOR_SUBSET}) among the cases run. */
  readonly subset: Counts;
  /** Per tag, most used first. */
  readonly tags: Readonly<Record<string, Counts>>;
  /** Failures, the subset's first, then by kind and id. */
  readonly failures: readonly { readonly id: string; readonly subset: boolean; readonly kind: FailureKind; readonly reason: string }[];
}

const KIND_ORDER: readonly FailureKind[] = ['exception', 'timeout', 'status', 'error', 'cause', 'output'];

export function summarize(outcomes: readonly CaseOutcome[], casesDir: string): Summary {
  const tags = new Map<string, CaseOutcome[]>();
  for (const o of outcomes) for (const tag of o.tags) tags.set(tag, [...(tags.get(tag) ?? []), o]);
  const failures = outcomes
    .filter((o) => !o.pass)
    .map((o) => ({ id: o.id, subset: o.subset, kind: o.kind ?? 'exception', reason: o.reason ?? 'failed' }))
    .sort(
      (a, b) =>
        Number(b.subset) - Number(a.subset) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.id.localeCompare(b.id),
    );
  return {
    casesDir,
    ...countsOf(outcomes),
    subset: countsOf(outcomes.filter((o) => o.subset)),
    tags: Object.fromEntries(
      [...tags].sort(([ta, a], [tb, b]) => b.length - a.length || ta.localeCompare(tb)).map(([tag, list]) => [tag, countsOf(list)]),
    ),
    failures,
  };
}

function countsOf(outcomes: readonly CaseOutcome[]): Counts {
  const passed = outcomes.filter((o) => o.pass).length;
  return { total: outcomes.length, passed, failed: outcomes.length - passed };
}

/**
 * The text report: a per-tag table, one line per failure, the subset's count and, last, the
 * `N passed, N failed` line.
 */
export function formatReport(summary: Summary): string {
  const lines = [`Conformance: ${summary.total} cases from ${summary.casesDir}`, ''];
  const width = Math.max(3, ...Object.keys(summary.tags).map((t) => t.length));
  lines.push(`${'tag'.padEnd(width)}  passed  total`);
  for (const [tag, c] of Object.entries(summary.tags)) {
    lines.push(`${tag.padEnd(width)}  ${String(c.passed).padStart(6)}  ${String(c.total).padStart(5)}${c.failed > 0 ? `  (${c.failed} failed)` : ''}`);
  }
  const inSubset = summary.failures.filter((f) => f.subset);
  const outside = summary.failures.filter((f) => !f.subset);
  for (const [title, list] of [
    [`Failures in the ${EXECUTOR_SUBSET} subset`, inSubset],
    ['Failures outside it', outside],
  ] as const) {
    if (list.length === 0) continue;
    lines.push('', `${title} (${list.length}):`);
    for (const f of list) lines.push(`  ${f.id}: ${f.reason}`);
  }
  lines.push(
    '',
    `${EXECUTOR_SUBSET} subset (JSONPath, no JSONata, no variables): ${summary.subset.passed} passed, ${summary.subset.failed} failed`,
    `${summary.passed} passed, ${summary.failed} failed`,
  );
  return lines.join('\n');
}
