import type { State, StateMachine } from '../asl/index.js';
import { innerScopes } from '../asl/inner-scopes.js';
import { findMatch } from '../runtime/error-matching.js';
import type { ExecutionResult } from '../runtime/options.js';
import { assertValidDefinition } from './assert-valid.js';
import { stateVisits, type StateVisit } from './history/state-visits.js';

/** One thing a test can exercise: a state, a Choice branch (a rule or `Default`) or a catcher. */
export interface CoverageItem {
  /** A state, a Choice rule, a Choice `Default`, or a catcher. */
  readonly kind: 'state' | 'choice-rule' | 'choice-default' | 'catcher';
  /** The state it belongs to. */
  readonly state: string;
  /** The rule's or catcher's index in `Choices` / `Catch`. */
  readonly index?: number;
  /** The state it leads to (branches and catchers). */
  readonly next?: string;
  /** Whether some execution exercised it. */
  readonly covered: boolean;
}

/** What a set of executions exercised of a definition. */
export interface CoverageReport {
  /** Every item, in definition order (each state, then its branches and catchers). */
  readonly items: readonly CoverageItem[];
  /** The items no execution exercised, in definition order (each state, then its branches and catchers). */
  readonly missed: readonly CoverageItem[];
  /** Covered items over all items, 0 to 1 (1 for a definition with nothing to cover). */
  readonly ratio: number;
}

/**
 * Which states, Choice branches and catchers of `definition` (an object or JSON text; an invalid one
 * throws {@link InvalidDefinitionError}) the executions exercised, read from their histories (record
 * history for the runs you pass). A Choice branch counts when the state
 * after the Choice is its target; rules that share a target cannot be told apart by the history, so
 * taking that target covers them all. A catcher counts when its state failed and moved on to the
 * catcher's target; of several catchers with that target, the one matching the error is credited.
 *
 * @example
 * ```ts
 * import { execute } from 'statewright/runtime';
 * import { coverage, formatCoverage } from 'statewright/testing';
 *
 * const definition = {
 *   StartAt: 'Check',
 *   States: {
 *     Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 0, Next: 'Positive' }], Default: 'Other' },
 *     Positive: { Type: 'Succeed' },
 *     Other: { Type: 'Succeed' },
 *   },
 * } as const;
 * const report = coverage(definition, [await execute(definition, { input: { n: 1 } })]);
 * console.log(formatCoverage(report));
 * // 4 of 5 covered (80 %). Never exercised:
 * //   Other
 * //   Check: Default → Other
 * ```
 */
export function coverage(definition: unknown, results: readonly ExecutionResult[]): CoverageReport {
  const states = allStates(validMachine(definition));
  const runs = results.map((result) => stateVisits(result.events));
  const visited = new Set(runs.flatMap((visits) => visits.map((v) => v.name)));
  const taken = new Set<string>();
  for (const visits of runs) for (const key of takenKeys(visits, states)) taken.add(key);
  const items: CoverageItem[] = [];
  for (const [name, state] of states) {
    items.push({ kind: 'state', state: name, covered: visited.has(name) });
    if (state.Type === 'Choice') {
      state.Choices.forEach((rule, index) => {
        items.push({ kind: 'choice-rule', state: name, index, next: rule.Next, covered: taken.has(`${name}\0rule\0${rule.Next}`) });
      });
      if (state.Default !== undefined) items.push({ kind: 'choice-default', state: name, next: state.Default, covered: taken.has(`${name}\0default`) });
    }
    if ('Catch' in state && state.Catch !== undefined) {
      state.Catch.forEach((catcher, index) => {
        items.push({ kind: 'catcher', state: name, index, next: catcher.Next, covered: taken.has(`${name}\0catch\0${String(index)}`) });
      });
    }
  }
  const missed = items.filter((item) => !item.covered);
  return { items, missed, ratio: items.length === 0 ? 1 : (items.length - missed.length) / items.length };
}

/** A coverage report as text: the totals, then each item never exercised. */
export function formatCoverage(report: CoverageReport): string {
  const covered = report.items.length - report.missed.length;
  const head = `${String(covered)} of ${String(report.items.length)} covered (${String(Math.round(report.ratio * 100))} %).`;
  if (report.missed.length === 0) return `${head} Nothing left unexercised.`;
  return [`${head} Never exercised:`, ...report.missed.map((item) => `  ${describe(item)}`)].join('\n');
}

function describe(item: CoverageItem): string {
  switch (item.kind) {
    case 'state':
      return item.state;
    case 'choice-rule':
      return `${item.state}: rule ${String(item.index)} → ${item.next ?? ''}`;
    case 'choice-default':
      return `${item.state}: Default → ${item.next ?? ''}`;
    case 'catcher':
      return `${item.state}: Catch ${String(item.index)} → ${item.next ?? ''}`;
  }
}

/** The branches and catchers one execution took, as keys; each visit is followed by the next entry on its line. */
function takenKeys(visits: readonly StateVisit[], states: ReadonlyMap<string, State>): string[] {
  const keys: string[] = [];
  visits.forEach((visit, i) => {
    const state = states.get(visit.name);
    if (state === undefined || !visit.exited) return;
    const next = nextVisit(visits, i, states);
    if (next === undefined) return;
    if (state.Type === 'Choice') {
      if (state.Choices.some((rule) => rule.Next === next)) keys.push(`${visit.name}\0rule\0${next}`);
      else if (state.Default === next) keys.push(`${visit.name}\0default`);
    } else if ('Catch' in state && state.Catch !== undefined && visit.lastError !== undefined) {
      const catchers = state.Catch;
      const candidates = catchers.flatMap((catcher, index) => (catcher.Next === next ? [index] : []));
      const matched = findMatch(catchers, visit.lastError.error);
      const index = candidates.includes(matched) || candidates.length !== 1 ? matched : candidates[0];
      if (index !== undefined && index >= 0) keys.push(`${visit.name}\0catch\0${String(index)}`);
    }
  });
  return keys;
}

/** The state entered after a visit in the same scope: the first later visit whose state is one of its targets. */
function nextVisit(visits: readonly StateVisit[], from: number, states: ReadonlyMap<string, State>): string | undefined {
  const state = states.get(visits[from]?.name ?? '');
  if (state === undefined) return undefined;
  const targets = new Set<string>();
  if ('Next' in state && typeof state.Next === 'string') targets.add(state.Next);
  if (state.Type === 'Choice') {
    for (const rule of state.Choices) targets.add(rule.Next);
    if (state.Default !== undefined) targets.add(state.Default);
  }
  if ('Catch' in state && state.Catch !== undefined) for (const catcher of state.Catch) targets.add(catcher.Next);
  for (let i = from + 1; i < visits.length; i++) {
    const name = visits[i]?.name;
    if (name !== undefined && targets.has(name)) return name;
  }
  return undefined;
}

function validMachine(definition: unknown): StateMachine {
  assertValidDefinition(definition);
  return (typeof definition === 'string' ? JSON.parse(definition) : definition) as StateMachine;
}

/** Every state of the machine, nested branches and processors included (names are unique machine-wide). */
function allStates(definition: StateMachine): Map<string, State> {
  const found = new Map<string, State>();
  const scopes: { readonly States: Readonly<Record<string, State>> }[] = [definition];
  for (let scope = scopes.pop(); scope !== undefined; scope = scopes.pop()) {
    for (const [name, state] of Object.entries(scope.States)) {
      found.set(name, state);
      scopes.push(...innerScopes(state));
    }
  }
  return found;
}
