import { isJsonObject, type JsonObject } from '../internal/json-object.js';
import { predecessors } from './transitions.js';
import { below, OBJECT_MARK, readOf, readsOfExpression, templateReads, throughTemplate, type Read, type Step } from './read-paths.js';
import { nestedScopes } from './scopes.js';
import { isJsonataState, jsonataReads, jsonataReference, throughJsonata, type JsonataRead } from './jsonata-reads.js';

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
 * state reads to where its data came from, until nothing changes. In JSONata states the reads are
 * the plain references (`{% $states.input.a.b %}`), the only expressions the builder's types check,
 * and the data flows through `Arguments`, `Items`, `ItemSelector` and `Output`.
 */
export function demands(definition: JsonObject): Demands {
  const scopes = nestedScopes(definition);
  const { containerOf, exits } = scopes;
  // Each state with its query language written out, so the functions below need not know the machine's.
  const states = Object.fromEntries(
    Object.entries(scopes.states).map(([name, state]) => [name, { ...state, QueryLanguage: isJsonataState(state, definition.QueryLanguage === 'JSONata') ? 'JSONata' : 'JSONPath' }]),
  ) as Record<string, JsonObject>;
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

/** The array a Map iterates over, in its input (`[…, 0]` below it is an item); `null` when not there (a reader, an expression). */
function itemsOf(state: JsonObject): Read | null {
  if (state.ItemReader !== undefined) return null;
  if (isJsonata(state)) {
    const items = state.Items === undefined ? { root: 'input', steps: [] } : jsonataReference(state.Items);
    return items?.root === 'input' ? { from: 'data', steps: items.steps, whole: true } : null;
  }
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
  if (isJsonata(state)) return jsonataLocalReads(at, state);
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
    const distributed = [(state.ItemReader as JsonObject | undefined)?.Parameters, (state.ItemBatcher as JsonObject | undefined)?.BatchInput, (state.ResultWriter as JsonObject | undefined)?.Parameters];
    sources.push(...relative(at, distributed.flatMap(templateReads), ip));
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
  // A rule's Assign reads the effective input; a catcher's reads the error output (only `$$.Execution.Input` leads anywhere).
  sources.push(...relative(at, rulesOf(state).flatMap((rule) => templateReads(rule.Assign)), ip));
  sources.push(...relative(at, catchersOf(state).flatMap((catcher) => templateReads(catcher.Assign)), null));
  sources.push(...assignSources(at, state, templateReads(state.Assign), ip));
  if (state.Type !== 'Fail') sources.push(...outputSources(at, state, []));
  return sources;
}

function rulesOf(state: JsonObject): JsonObject[] {
  return Array.isArray(state.Choices) ? (state.Choices as JsonObject[]) : [];
}

function catchersOf(state: JsonObject): JsonObject[] {
  return Array.isArray(state.Catch) ? (state.Catch as JsonObject[]) : [];
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
  const jsonata = isJsonata(state);
  const rules = rulesOf(state).filter((rule) => rule.Next === target);
  // A JSONata rule's Output is what its target receives instead of the state's.
  const byState = state.Next === target || state.Default === target || rules.some((rule) => !jsonata || rule.Output === undefined);
  const sources = byState ? outputSources(pred, state, steps) : [];
  for (const rule of jsonata ? rules : []) sources.push(...throughJsonataOutput(pred, state, rule.Output, steps));
  for (const catcher of catchersOf(state)) {
    if (catcher.Next !== target) continue;
    // A JSONata catcher's Output (else the error output) is what the handler receives.
    if (jsonata) {
      sources.push(...throughJsonataOutput(pred, state, catcher.Output, steps));
      continue;
    }
    const rp = pathField(catcher, 'ResultPath');
    // The error output replaces the input at `ResultPath`: what lies beside it is the state's input.
    if (rp === null || (!startsWith(steps, rp.steps) && !startsWith(rp.steps, steps))) sources.push({ to: 'input', at: pred, steps });
  }
  return sources;
}

/** Where path `steps` of a branch's (or processor's) input comes from: the container's input. */
function branchInputSources(at: string, state: JsonObject, steps: readonly Step[]): Source[] {
  if (isJsonata(state)) {
    const template = state.Type === 'Map' ? state.ItemSelector : state.Arguments;
    const reads: JsonataRead[] = template === undefined ? [{ root: state.Type === 'Map' ? 'item' : 'input', steps }] : throughJsonata(template, steps);
    return reads.flatMap((read) => jsonataSources(at, state, read));
  }
  if (state.Type === 'Map' && isJsonObject(state.ItemBatcher)) {
    // Each child gets `{ Items: [...], BatchInput }`.
    const batchInput = state.ItemBatcher.BatchInput;
    if (steps[0] === 'Items' && steps[1] === 0) return itemSources(at, state, [{ from: 'item', steps: steps.slice(2), whole: true }]);
    return steps[0] === 'BatchInput' && batchInput !== undefined ? relative(at, throughTemplate(batchInput, steps.slice(1)), pathField(state, 'InputPath')) : [];
  }
  if (state.Type === 'Map') return itemSources(at, state, state.ItemSelector === undefined ? [{ from: 'item', steps, whole: true }] : throughTemplate(state.ItemSelector, steps));
  const ip = pathField(state, 'InputPath');
  return relative(at, state.Parameters === undefined ? [{ from: 'data', steps, whole: true }] : throughTemplate(state.Parameters, steps), ip);
}

/** Where path `steps` of a state's output comes from: its input, its result, the execution input. */
function outputSources(at: string, state: JsonObject, steps: readonly Step[]): Source[] {
  if (isJsonata(state) && state.Output !== undefined) return throughJsonata(state.Output, steps).flatMap((read) => jsonataSources(at, state, read));
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

/**
 * Where the reads of a JSONPath `Assign` lead: it reads the state's result (a Task's, Parallel's or
 * Map's after `ResultSelector`; a Pass state's `Result`, else what `Parameters` builds), a Wait's or
 * Choice's effective input.
 */
function assignSources(at: string, state: JsonObject, reads: readonly Read[], ip: Read | null): Source[] {
  if (state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map') {
    const selector = state.ResultSelector;
    const raw = selector === undefined ? reads : reads.flatMap((read) => (read.from === 'data' ? throughTemplate(selector, read.steps) : [read]));
    return relative(at, raw, WHOLE, 'result');
  }
  if (state.Type === 'Pass') {
    if (state.Result !== undefined) return relative(at, reads.filter((read) => read.from !== 'data'), ip);
    const parameters = state.Parameters;
    return relative(at, parameters === undefined ? reads : reads.flatMap((read) => (read.from === 'data' ? throughTemplate(parameters, read.steps) : [read])), ip);
  }
  return relative(at, reads, ip);
}

function isJsonata(state: JsonObject): boolean {
  return state.QueryLanguage === 'JSONata';
}

/** Where path `steps` of what a JSONata `Output` of a rule or catcher of state `at` gives comes from; nothing when it has none. */
function throughJsonataOutput(at: string, state: JsonObject, output: unknown, steps: readonly Step[]): Source[] {
  return output === undefined ? [] : throughJsonata(output, steps).flatMap((read) => jsonataSources(at, state, read));
}

/** The JSONata fields whose plain references the builder's types check (of the state, its rules and its catchers). */
const JSONATA_FIELDS = ['Arguments', 'Items', 'Output', 'Assign'];

/** The paths a JSONata state reads by itself: the plain references of its fields, its rules' and its catchers'. */
function jsonataLocalReads(at: string, state: JsonObject): Source[] {
  const reads = [state, ...rulesOf(state), ...catchersOf(state)].flatMap((owner) => JSONATA_FIELDS.flatMap((field) => jsonataReads(owner[field])));
  const sources = reads.flatMap((read) => jsonataSources(at, state, read));
  if (state.Type === 'Map') {
    const items = itemsOf(state);
    if (items) sources.push({ to: 'input', at, steps: below(items, [0]).steps });
    sources.push(...jsonataReads(state.ItemSelector).flatMap((read) => jsonataSources(at, state, read)));
  }
  if (state.Type !== 'Fail') sources.push(...outputSources(at, state, []));
  return sources;
}

/** Where a JSONata read of state `at` leads: its input, its result, or (a Map's item, through its items) its input. */
function jsonataSources(at: string, state: JsonObject, read: JsonataRead): Source[] {
  if (read.root === 'input') return [{ to: 'input', at, steps: read.steps }];
  if (read.root === 'result') return [{ to: 'result', at, steps: read.steps }];
  const items = state.Type === 'Map' ? itemsOf(state) : null; // the item is in a Map's ItemSelector only
  return items === null ? [] : [{ to: 'input', at, steps: below(items, [0, ...read.steps]).steps }];
}

function startsWith(steps: readonly Step[], prefix: readonly Step[]): boolean {
  return prefix.length <= steps.length && prefix.every((step, i) => steps[i] === step);
}
