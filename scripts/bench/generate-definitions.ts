// Deterministic generator of large, valid ASL definitions for the validator benchmark.
//
// A definition is a sequence of segments: chains of Pass/Task/Wait states, Choice fan-outs whose
// branches join again, and Parallel / Map states whose branches and processors are generated the
// same way, a few levels deep. Every state continues into the next segment (Catch rules too), so
// every state is reachable; names carry a machine-wide counter, so they are unique.
import { Random } from './random.js';
import {
  choiceRule,
  passState,
  taskState,
  waitState,
  withErrorHandling,
  type Json,
  type JsonObject,
} from './state-templates.js';

/** Parallel and Map states are generated inside scopes up to this depth (0 is the machine). */
const MAX_CONTAINER_DEPTH = 3;
export const DEFAULT_SEED = 0x5eed;

/** A valid definition with exactly `totalStates` states (counting those inside Parallel and Map), at least 4. */
export function generateDefinition(totalStates: number, seed = DEFAULT_SEED): JsonObject {
  if (totalStates < 4) throw new Error('A generated definition has at least 4 states');
  return new DefinitionGenerator(seed, totalStates).machine(totalStates);
}

/** The states of one scope (the machine, a branch or a processor) while it is being generated. */
class Scope {
  readonly states: JsonObject = {};
  startAt: string | undefined;
  /** States and Catch rules that continue into whatever state is entered next. */
  pending: JsonObject[] = [];

  /** Adds a state, makes the pending transitions lead to it, and (if it `continues`) makes it pending. */
  enter(name: string, state: JsonObject, continues: boolean): void {
    this.states[name] = state;
    this.startAt ??= name;
    for (const from of this.pending) from.Next = name;
    this.pending = continues ? [state] : [];
  }

  toJson(): JsonObject {
    if (this.startAt === undefined || this.pending.length > 0) throw new Error('Scope is not closed');
    return { StartAt: this.startAt, States: this.states };
  }
}

class DefinitionGenerator {
  readonly #rng: Random;
  /** The largest Parallel or Map (in states) at the machine level; halved at each level below. */
  readonly #containerCap: number;
  #counter = 0;

  constructor(seed: number, totalStates: number) {
    this.#rng = new Random(seed);
    this.#containerCap = Math.max(8, Math.round(2 * Math.sqrt(totalStates)));
  }

  machine(totalStates: number): JsonObject {
    const scope = new Scope();
    this.#fill(scope, totalStates - 3, 0);
    const failed = this.#name('Failed');
    const succeeded = this.#name('Succeeded');
    const outcome = { Type: 'Choice', Choices: [{ Variable: '$.error', IsPresent: true, Next: failed }], Default: succeeded };
    scope.enter(this.#name('Outcome'), outcome, false);
    scope.enter(failed, { Type: 'Fail', Error: 'Bench.StepFailed', Cause: 'A step failed and was caught' }, false);
    scope.enter(succeeded, { Type: 'Succeed' }, false);
    return { Comment: `Generated benchmark definition (${totalStates} states)`, TimeoutSeconds: 3600, ...scope.toJson() };
  }

  #name(kind: string): string {
    this.#counter += 1;
    return `${kind}${this.#counter}`;
  }

  /** Adds segments using exactly `budget` states. */
  #fill(scope: Scope, budget: number, depth: number): void {
    let left = budget;
    while (left > 0) left -= this.#segment(scope, left, depth);
  }

  /** Adds one segment of at most `left` states; returns how many it used. */
  #segment(scope: Scope, left: number, depth: number): number {
    const roll = this.#rng.next();
    const nests = depth < MAX_CONTAINER_DEPTH && left >= 3;
    if (nests && roll < 0.08) return this.#parallel(scope, left, depth);
    if (nests && roll < 0.16) return this.#map(scope, left, depth);
    if (left >= 4 && roll < 0.32) return this.#choice(scope, left);
    const length = this.#rng.int(1, Math.min(8, left));
    this.#chain(scope, length);
    return length;
  }

  /** Adds `length` Pass/Task/Wait states in a row; returns the name of the first. */
  #chain(scope: Scope, length: number): string {
    let first: string | undefined;
    for (let i = 0; i < length; i += 1) {
      const roll = this.#rng.next();
      const kind = roll < 0.4 ? 'Pass' : roll < 0.88 ? 'Task' : 'Wait';
      const name = this.#name(kind);
      const n = this.#counter;
      const state = kind === 'Pass' ? passState(this.#rng, n) : kind === 'Task' ? taskState(this.#rng, n) : waitState(this.#rng);
      const catcher = kind === 'Task' ? withErrorHandling(this.#rng, state) : undefined;
      scope.enter(name, state, true);
      if (catcher !== undefined) scope.pending.push(catcher);
      first ??= name;
    }
    if (first === undefined) throw new Error('A chain has at least one state');
    return first;
  }

  /** A Choice with 2-4 rules and a Default, each leading to a short chain; the chains join afterwards. */
  #choice(scope: Scope, left: number): number {
    const branches = Math.min(this.#rng.int(3, 5), left - 1);
    const rules: Json[] = [];
    const choice: JsonObject = { Type: 'Choice', Choices: rules };
    scope.enter(this.#name('Choice'), choice, false);
    const ends: JsonObject[] = [];
    let used = 1;
    for (let i = 0; i < branches; i += 1) {
      const room = left - used - (branches - i - 1);
      const length = Math.min(this.#rng.int(1, 3), room);
      used += length;
      scope.pending = [];
      const entry = this.#chain(scope, length);
      ends.push(...scope.pending);
      if (i < branches - 1) rules.push({ ...choiceRule(this.#rng, this.#counter), Next: entry });
      else choice.Default = entry;
    }
    scope.pending = ends;
    return used;
  }

  #parallel(scope: Scope, left: number, depth: number): number {
    const size = this.#rng.int(3, Math.max(3, Math.min(left, this.#cap(depth))));
    const counts = this.#split(size - 1, Math.min(this.#rng.int(2, 3), size - 1));
    const branches = counts.map((count) => this.#scope(count, depth + 1));
    const state: JsonObject = { Type: 'Parallel', Branches: branches, ResultSelector: { 'first.$': '$[0]' }, ResultPath: '$.branches' };
    const catcher = withErrorHandling(this.#rng, state);
    scope.enter(this.#name('Parallel'), state, true);
    if (catcher !== undefined) scope.pending.push(catcher);
    return size;
  }

  #map(scope: Scope, left: number, depth: number): number {
    const size = this.#rng.int(2, Math.max(2, Math.min(left, this.#cap(depth))));
    const processor = { ProcessorConfig: { Mode: 'INLINE' }, ...this.#scope(size - 1, depth + 1) };
    const state: JsonObject = {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemSelector: { 'value.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index', 'label.$': "States.Format('item {}', $$.Map.Item.Index)" },
      MaxConcurrency: 4,
      ItemProcessor: processor,
      ResultPath: '$.mapped',
    };
    const catcher = withErrorHandling(this.#rng, state);
    scope.enter(this.#name('Map'), state, true);
    if (catcher !== undefined) scope.pending.push(catcher);
    return size;
  }

  /** A branch or processor of exactly `budget` states, ending in a Pass state with `End`. */
  #scope(budget: number, depth: number): JsonObject {
    const scope = new Scope();
    this.#fill(scope, budget - 1, depth);
    scope.enter(this.#name('Done'), { Type: 'Pass', End: true }, false);
    return scope.toJson();
  }

  #cap(depth: number): number {
    return Math.floor(this.#containerCap / 2 ** depth);
  }

  /** Splits `total` into `parts` random counts of at least 1. */
  #split(total: number, parts: number): number[] {
    const counts = Array.from({ length: parts }, () => 1);
    for (let i = parts; i < total; i += 1) {
      const index = this.#rng.int(0, parts - 1);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    return counts;
  }
}

/** How many states of each type a definition has, and how deep its Parallel/Map nesting goes. */
export function describeDefinition(definition: JsonObject): { total: number; byType: Map<string, number>; maxDepth: number } {
  const byType = new Map<string, number>();
  let total = 0;
  let maxDepth = 0;
  const visit = (scope: Json | undefined, depth: number): void => {
    if (!isObject(scope) || !isObject(scope.States)) return;
    maxDepth = Math.max(maxDepth, depth);
    for (const state of Object.values(scope.States)) {
      if (!isObject(state)) continue;
      total += 1;
      const type = typeof state.Type === 'string' ? state.Type : '(no Type)';
      byType.set(type, (byType.get(type) ?? 0) + 1);
      if (Array.isArray(state.Branches)) for (const branch of state.Branches) visit(branch, depth + 1);
      visit(state.ItemProcessor, depth + 1);
    }
  };
  visit(definition, 0);
  return { total, byType, maxDepth };
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
