// The printed figures: the speed table and the fixture coverage.
import type { FixtureOutcome } from './fixtures.js';
import type { SizeResult } from './speed.js';
import { formatTable, wrapList } from './table.js';

/** statewright should be at least this many times faster than asl-validator (warm medians). */
export const TARGET_SPEEDUP = 10;

export function speedTable(results: readonly SizeResult[]): string {
  const header = ['states', 'runs', 'ours 1st ms', 'ours warm ms', 'ours heap MB', 'asl 1st ms', 'asl warm ms', 'asl heap MB', 'asl/ours', `>=${TARGET_SPEEDUP}x`];
  const rows = results.map((r) => {
    const ratio = r.asl.warmMedianMs / r.ours.warmMedianMs;
    return [
      r.states.toLocaleString('en-US'),
      String(r.runs),
      r.ours.firstMs.toFixed(1),
      r.ours.warmMedianMs.toFixed(2),
      r.ours.heapMb.toFixed(1),
      r.asl.firstMs.toFixed(1),
      r.asl.warmMedianMs.toFixed(2),
      r.asl.heapMb.toFixed(1),
      `${ratio.toFixed(1)}x`,
      ratio >= TARGET_SPEEDUP ? 'yes' : 'NO',
    ];
  });
  return formatTable(header, rows);
}

interface Tally {
  fixtures: number;
  ours: number;
  asl: number;
}

/**
 * Per category (the diagnostic codes a fixture expects; a fixture's `rule` is a sentence), how many
 * fixtures each validator catches; then the totals and the misses.
 */
export function coverageReport(outcomes: readonly FixtureOutcome[]): string {
  const byCategory = new Map<string, Tally>();
  const totals = { errors: tally(), warnings: tally() };
  for (const outcome of outcomes) {
    const category = categoryOf(outcome);
    const row = byCategory.get(category) ?? tally();
    byCategory.set(category, row);
    for (const t of [row, outcome.warningOnly ? totals.warnings : totals.errors]) {
      t.fixtures += 1;
      t.ours += Number(outcome.ours);
      t.asl += Number(outcome.asl);
    }
  }
  const cells = (t: Tally): string[] => [String(t.fixtures), String(t.ours), String(t.asl)];
  const rows = [...byCategory].sort(([a], [b]) => a.localeCompare(b)).map(([category, t]) => [category, ...cells(t)]);
  rows.push(['all expecting an ERROR', ...cells(totals.errors)], ['all expecting only WARNINGs', ...cells(totals.warnings)]);
  const lines = [formatTable(['expected code', 'fixtures', 'statewright', 'asl-validator'], rows)];
  lines.push(misses('asl-validator misses', outcomes.filter((o) => !o.asl)));
  lines.push(misses('statewright misses', outcomes.filter((o) => !o.ours)));
  for (const o of outcomes) for (const note of o.notes) lines.push(`note: ${o.fixture.name}: ${note}`);
  return lines.join('\n');
}

function categoryOf(outcome: FixtureOutcome): string {
  const codes = [...new Set(outcome.fixture.expected.map((e) => e.code))].sort().join(' + ');
  return `${codes === '' ? '(none expected)' : codes}${outcome.warningOnly ? ' (warning)' : ''}`;
}

function tally(): Tally {
  return { fixtures: 0, ours: 0, asl: 0 };
}

function misses(title: string, missed: readonly FixtureOutcome[]): string {
  if (missed.length === 0) return `${title}: none`;
  const names = missed.map((o) => (o.warningOnly ? `${o.fixture.name} (w)` : o.fixture.name));
  return `${title} (${missed.length}):\n${wrapList(names)}`;
}
