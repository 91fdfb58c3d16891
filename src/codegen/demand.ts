import type { JsonObject } from '../internal/json-object.js';
import { predecessors } from './transitions.js';
import { below, OBJECT_MARK, readOf, readsOfExpression, templateReads, throughTemplate, type Read, type Step } from './read-paths.js';
import { nestedScopes } from './scopes.js';

/** Paths the definition reads, as step lists (keyed by their JSON text). */
export type PathSet = ReadonlyMap<string, readonly Step[]>;

/** What the definition reads from each source whose type import has to write down. */
export interface Demands {
  /** Paths read in the execution input. */
  readonly input: PathSet;
  /** Paths read in each Task state's result, by state name. */
  readonly results: ReadonlyMap<string, PathSet>;
}

/** Longer paths are cut here (a loop that nests its data deeper each time would never end). */
const MAX_DEPTH = 8;
const WHOLE: Read = { from: 'data', steps: [], whole: true };

/** A path read in a state's input or result (`at`), or in the execution input. */
type Source = { readonly to: 'input' | 'result'; readonly at: string; readonly steps: readonly Step[] } | { readonly to: 'execution'; readonly steps: readonly Step[] };

/**
 * Which paths of the execution input and of each task's result the definition reads, following the
 * data flow backwards (`InputPath`, `Parameters`, `ResultSelector`, `ResultPath`, `OutputPath`, a
 * catcher's `ResultPath`, into and out of Parallel branches and Map processors) from every path a
 * state reads to where its data came from, until nothing changes.
 */
export function demands(definition: JsonObject): Demands {
  const { states, containerOf, exits } = nestedScopes(definition);
  const preds = predecessors(states);
  const atInput = new Map<string, Map<string, readonly Step[]>>();
  const results = new Map<string, Map<string, readonly Step[]>>();
  const input = new Map<string, readonly Step[]>();
  const work: [string, readonly Step[]][] = [];

  const add = (set: Map<string, readonly Step[]>, steps: readonly Step[]): boolean => {
    const cut = steps.slice(0, MAX_DEPTH);
    const key = JSON.stringify(cut);
    if (cut.length === 0 || set.has(key)) return false;
    set.set(key, cut);
    return true;
  };
  const apply = (source: Source): void => {
    if (source.to === 'execution') add(input, source.steps);
    else if (source.to === 'input') {
      if (add(getOrNew(atInput, source.at), source.steps)) work.push([source.at, source.steps.slice(0, MAX_DEPTH)]);
    } else if (states[source.at]?.Type === 'Task') {
      if (source.steps.length > 0) add(getOrNew(results, source.at), source.steps);
    } else if (source.steps[0] === 0) {
      // A Parallel's or Map's result: the array of what its branches give back at their exits.
      for (const exit of exits.get(source.at) ?? []) for (const s of outputSources(exit, states[exit] as JsonObject, source.steps.slice(1))) apply(s);
    }
  };

  for (const [name, state] of Object.entries(states)) for (const source of localReads(name, state)) apply(source);
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [name, steps] = item;
    if (name === definition.StartAt) add(input, steps);
    const container = containerOf.get(name);
    if (container !== undefined) for (const source of branchInputSources(container, states[container] as JsonObject, steps)) apply(source);
    for (const pred of new Set(preds.get(name))) for (const source of arrivals(pred, states[pred] as JsonObject, name, steps)) apply(source);
  }
  return { input, results };
}

function getOrNew<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let value = map.get(key);
  if (!value) map.set(key, (value = new Map<string, V>()));
  return value;
}

/** A path field: `null` for JSON null (`{}`, or a discarded result), the root when absent. */
function pathField(state: JsonObject, field: 'InputPath' | 'OutputPath' | 'ResultPath' | 'ItemsPath'): Read | null {
  const value = state[field];
  if (value === null) return null;
  return (typeof value === 'string' ? readOf(value) : undefined) ?? WHOLE;
}

/** Reads relative to `base` (the state's effective input, or its result for `to: 'result'`). */
function relative(at: string, reads: readonly Read[], base: Read | null, to: 'input' | 'result' = 'input'): Source[] {
  return reads.flatMap((read): Source[] => {
    if (read.from === 'execution') return [{ to: 'execution', steps: read.steps }];
    return base === null || read.from === 'item' ? [] : [{ to, at, steps: below(base, read.steps).steps }];
  });
}

/** The array a Map iterates over, in its input (`[…, 0]` below it is an item). */
function itemsOf(state: JsonObject): Read | null {
  const ip = pathField(state, 'InputPath');
  const items = pathField(state, 'ItemsPath');
  if (ip === null || items === null) return null;
  return ip.whole ? { from: 'data', steps: [...ip.steps, ...items.steps], whole: items.whole } : ip;
}

/** Reads in a Map's `ItemSelector` (the item through `$$.Map.Item.Value`) or of its item, in its input. */
function itemSources(at: string, state: JsonObject, reads: readonly Read[]): Source[] {
  const items = itemsOf(state);
  const sources = relative(at, reads, pathField(state, 'InputPath'));
  for (const read of reads) if (read.from === 'item' && items !== null) sources.push({ to: 'input', at, steps: below(items, [0, ...read.steps]).steps });
  return sources;
}

/** The paths a state reads by itself: its own path fields and templates. */
function localReads(at: string, state: JsonObject): Source[] {
  const ip = pathField(state, 'InputPath');
  const sources: Source[] = [];
  if (ip) sources.push({ to: 'input', at, steps: ip.steps });
  for (const rp of [state.ResultPath, ...((state.Catch as JsonObject[] | undefined) ?? []).map((c) => c.ResultPath)]) {
    const read = typeof rp === 'string' ? readOf(rp) : undefined;
    if (read?.steps.length === 1 && state.Type !== 'Choice') sources.push({ to: 'input', at, steps: [OBJECT_MARK] });
  }
  sources.push(...relative(at, templateReads(state.Parameters), ip));
  sources.push(...relative(at, templateReads(state.ResultSelector), WHOLE, 'result'));
  if (state.Type === 'Map') {
    const items = itemsOf(state);
    if (items) sources.push({ to: 'input', at, steps: below(items, [0]).steps });
    sources.push(...itemSources(at, state, templateReads(state.ItemSelector)));
  }
  for (const field of ['SecondsPath', 'TimestampPath', 'MaxConcurrencyPath', 'ToleratedFailureCountPath', 'ToleratedFailurePercentagePath']) {
    const text = state[field];
    if (typeof text === 'string') sources.push(...relative(at, readsOfExpression(text), ip));
  }
  for (const field of ['TimeoutSecondsPath', 'HeartbeatSecondsPath']) {
    // Read in what the task receives: the effective input after `Parameters`.
    const read = typeof state[field] === 'string' ? readOf(state[field]) : undefined;
    if (read) sources.push(...relative(at, state.Parameters === undefined ? [read] : throughTemplate(state.Parameters, read.steps), ip));
  }
  for (const field of ['ErrorPath', 'CausePath']) {
    const text = state[field];
    if (typeof text === 'string') sources.push(...relative(at, readsOfExpression(text), WHOLE));
  }
  if (Array.isArray(state.Choices)) sources.push(...relative(at, (state.Choices as JsonObject[]).flatMap(ruleReads), ip));
  if (state.Type !== 'Fail') sources.push(...outputSources(at, state, []));
  return sources;
}

function ruleReads(rule: JsonObject): Read[] {
  const reads: Read[] = [];
  for (const [key, value] of Object.entries(rule)) {
    if ((key === 'Variable' || key.endsWith('Path')) && typeof value === 'string') {
      const read = readOf(value);
      if (read) reads.push(read);
    }
  }
  for (const nested of [...((rule.And as JsonObject[] | undefined) ?? []), ...((rule.Or as JsonObject[] | undefined) ?? [])]) reads.push(...ruleReads(nested));
  if (typeof rule.Not === 'object' && rule.Not !== null) reads.push(...ruleReads(rule.Not as JsonObject));
  return reads;
}

/** Where path `steps` of what state `pred` sends to `target` comes from (by `Next`/`Default`/rules, or by a catcher). */
function arrivals(pred: string, state: JsonObject, target: string, steps: readonly Step[]): Source[] {
  const rules = Array.isArray(state.Choices) ? (state.Choices as JsonObject[]) : [];
  const sources = state.Next === target || state.Default === target || rules.some((r) => r.Next === target) ? outputSources(pred, state, steps) : [];
  for (const catcher of (state.Catch as JsonObject[] | undefined) ?? []) {
    if (catcher.Next !== target) continue;
    const rp = pathField(catcher, 'ResultPath');
    // The error output replaces the input at `ResultPath`: what lies beside it is the state's input.
    if (rp === null || (!startsWith(steps, rp.steps) && !startsWith(rp.steps, steps))) sources.push({ to: 'input', at: pred, steps });
  }
  return sources;
}

/** Where path `steps` of a branch's (or processor's) input comes from: the container's input. */
function branchInputSources(at: string, state: JsonObject, steps: readonly Step[]): Source[] {
  if (state.Type === 'Map') return itemSources(at, state, state.ItemSelector === undefined ? [{ from: 'item', steps, whole: true }] : throughTemplate(state.ItemSelector, steps));
  const ip = pathField(state, 'InputPath');
  return relative(at, state.Parameters === undefined ? [{ from: 'data', steps, whole: true }] : throughTemplate(state.Parameters, steps), ip);
}

/** Where path `steps` of a state's output comes from: its input, its result, the execution input. */
function outputSources(at: string, state: JsonObject, steps: readonly Step[]): Source[] {
  const ip = pathField(state, 'InputPath');
  const op = pathField(state, 'OutputPath');
  if (op === null) return [];
  const full = below(op, steps);
  if (state.Type === 'Wait' || state.Type === 'Succeed' || state.Type === 'Choice') return ip === null ? [] : [{ to: 'input', at, steps: below(ip, full.steps).steps }];
  const rp = pathField(state, 'ResultPath');
  if (rp === null || (!startsWith(full.steps, rp.steps) && !startsWith(rp.steps, full.steps))) return [{ to: 'input', at, steps: full.steps }];
  if (!startsWith(full.steps, rp.steps)) return []; // a node the write creates
  const rest = full.steps.slice(rp.steps.length);
  if (state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map') {
    return relative(at, state.ResultSelector === undefined ? [{ from: 'data', steps: rest, whole: true }] : throughTemplate(state.ResultSelector, rest), WHOLE, 'result');
  }
  if (state.Result !== undefined || ip === null) return [];
  return relative(at, state.Parameters === undefined ? [{ from: 'data', steps: rest, whole: true }] : throughTemplate(state.Parameters, rest), ip);
}

function startsWith(steps: readonly Step[], prefix: readonly Step[]): boolean {
  return prefix.length <= steps.length && prefix.every((step, i) => steps[i] === step);
}
