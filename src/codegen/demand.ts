import type { JsonObject } from '../internal/json-object.js';
import { predecessors } from './transitions.js';
import { below, OBJECT_MARK, readOf, readsOfExpression, templateReads, throughTemplate, type Read, type Step } from './read-paths.js';

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

type Source = { readonly to: 'input' | 'result'; readonly steps: readonly Step[] } | { readonly to: 'execution'; readonly steps: readonly Step[] };

/**
 * Which paths of the execution input and of each task's result the definition reads, following the
 * data flow backwards (`InputPath`, `Parameters`, `ResultSelector`, `ResultPath`, `OutputPath`) from
 * every path a state reads to where its data came from, until nothing changes.
 */
export function demands(definition: JsonObject): Demands {
  const states = definition.States as Record<string, JsonObject>;
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
  const apply = (name: string, source: Source): void => {
    if (source.to === 'execution') add(input, source.steps);
    else if (source.to === 'result') {
      if (source.steps.length > 0) add(getOrNew(results, name), source.steps);
    }
    else if (add(getOrNew(atInput, name), source.steps)) work.push([name, source.steps.slice(0, MAX_DEPTH)]);
  };

  for (const [name, state] of Object.entries(states)) for (const source of localReads(state)) apply(name, source);
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [name, steps] = item;
    if (name === definition.StartAt) add(input, steps);
    for (const pred of preds.get(name) ?? []) for (const source of outputSources(states[pred] as JsonObject, steps)) apply(pred, source);
  }
  return { input, results };
}

function getOrNew<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let value = map.get(key);
  if (!value) map.set(key, (value = new Map<string, V>()));
  return value;
}

/** `InputPath`/`OutputPath`: `null` for JSON null (the state uses `{}`), the root when absent. */
function pathField(state: JsonObject, field: 'InputPath' | 'OutputPath' | 'ResultPath'): Read | null {
  const value = state[field];
  if (value === null) return null;
  return (typeof value === 'string' ? readOf(value) : undefined) ?? { from: 'data', steps: [], whole: true };
}

/** The paths a state reads by itself: its own path fields and templates. */
function localReads(state: JsonObject): Source[] {
  const ip = pathField(state, 'InputPath');
  const data = (reads: readonly Read[], base: Read | null, to: 'input' | 'result' = 'input'): Source[] =>
    reads.flatMap((read): Source[] => {
      if (read.from === 'execution') return [{ to: 'execution', steps: read.steps }];
      return base === null ? [] : [{ to, steps: below(base, read.steps).steps }];
    });
  const sources: Source[] = [];
  if (ip) sources.push({ to: 'input', steps: ip.steps });
  const rp = pathField(state, 'ResultPath');
  if (rp !== null && rp.steps.length === 1 && state.Type !== 'Choice') sources.push({ to: 'input', steps: [OBJECT_MARK] });
  sources.push(...data(templateReads(state.Parameters), ip));
  sources.push(...data(templateReads(state.ResultSelector), { from: 'data', steps: [], whole: true }, 'result'));
  for (const field of ['SecondsPath', 'TimestampPath']) {
    const text = state[field];
    if (typeof text === 'string') sources.push(...data(readsOfExpression(text), ip));
  }
  for (const field of ['ErrorPath', 'CausePath']) {
    const text = state[field];
    if (typeof text === 'string') sources.push(...data(readsOfExpression(text), { from: 'data', steps: [], whole: true }));
  }
  if (Array.isArray(state.Choices)) sources.push(...data((state.Choices as JsonObject[]).flatMap(ruleReads), { from: 'data', steps: [], whole: true }));
  if (state.Type !== 'Choice' && state.Type !== 'Fail') sources.push(...outputSources(state, []));
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

/** Where path `steps` of a state's output comes from: its input, its task result, the execution input. */
function outputSources(state: JsonObject, steps: readonly Step[]): Source[] {
  if (state.Type === 'Choice') return [{ to: 'input', steps }];
  const ip = pathField(state, 'InputPath');
  const op = pathField(state, 'OutputPath');
  if (op === null) return [];
  const full = below(op, steps);
  if (state.Type === 'Wait' || state.Type === 'Succeed') return ip === null ? [] : [{ to: 'input', steps: below(ip, full.steps).steps }];
  const rp = pathField(state, 'ResultPath');
  if (rp === null || (!startsWith(full.steps, rp.steps) && !startsWith(rp.steps, full.steps))) return [{ to: 'input', steps: full.steps }];
  if (!startsWith(full.steps, rp.steps)) return []; // a node the write creates
  const rest = full.steps.slice(rp.steps.length);
  if (state.Type === 'Task') {
    if (state.ResultSelector === undefined) return [{ to: 'result', steps: rest }];
    return throughTemplate(state.ResultSelector, rest).map((read) => (read.from === 'execution' ? { to: 'execution', steps: read.steps } : { to: 'result', steps: read.steps }));
  }
  if (state.Result !== undefined || ip === null) return [];
  if (state.Parameters === undefined) return [{ to: 'input', steps: below(ip, rest).steps }];
  return throughTemplate(state.Parameters, rest).map((read) => (read.from === 'execution' ? { to: 'execution', steps: read.steps } : { to: 'input', steps: below(ip, read.steps).steps }));
}

function startsWith(steps: readonly Step[], prefix: readonly Step[]): boolean {
  return prefix.length <= steps.length && prefix.every((step, i) => steps[i] === step);
}
