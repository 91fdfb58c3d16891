import type { z } from 'zod';
import type { JsonObject } from '../asl/index.js';

/** Where an open end of a chain leads once its target is known. */
export type Slot =
  | { readonly kind: 'start' }
  | { readonly kind: 'next'; readonly state: string }
  | { readonly kind: 'default'; readonly state: string }
  | { readonly kind: 'rule'; readonly state: string; readonly index: number };

/** The states built so far (ASL fields, without `End`), in the order they were defined. Immutable. */
export interface Graph {
  readonly startAt: string | undefined;
  readonly states: ReadonlyMap<string, JsonObject>;
  /** The `result` schemas of the Task states that have one, by state name. */
  readonly results: ReadonlyMap<string, z.ZodType>;
}

export const emptyGraph: Graph = Object.freeze({ startAt: undefined, states: new Map<string, JsonObject>(), results: new Map<string, z.ZodType>() });

/** The longest state name AWS accepts. */
export const MAX_NAME_LENGTH = 80;

/**
 * `graph` with state `name` added (and the schema of its result, for a Task that has one). Throws on a
 * duplicate or over-long name (the types catch the former).
 */
export function addState(graph: Graph, name: string, state: JsonObject, result?: z.ZodType): Graph {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) throw new RangeError(`State name "${name}" must have 1 to ${MAX_NAME_LENGTH} characters`);
  if (graph.states.has(name)) throw new Error(`State name "${name}" is already used`);
  const results = result === undefined ? graph.results : new Map(graph.results).set(name, result);
  return { ...graph, states: new Map(graph.states).set(name, state), results };
}

/** `graph` with `state` replaced by `update(state)`. */
export function updateState(graph: Graph, name: string, update: (state: JsonObject) => JsonObject): Graph {
  const state = graph.states.get(name);
  if (!state) throw new Error(`No state named "${name}"`);
  return { ...graph, states: new Map(graph.states).set(name, update(state)) };
}

/** `graph` with every slot leading to `target`. */
export function link(graph: Graph, slots: readonly Slot[], target: string): Graph {
  let linked = graph;
  for (const slot of slots) {
    if (slot.kind === 'start') linked = { ...linked, startAt: target };
    else if (slot.kind === 'next') linked = updateState(linked, slot.state, (s) => ({ ...s, Next: target }));
    else if (slot.kind === 'default') linked = updateState(linked, slot.state, (s) => ({ ...s, Default: target }));
    else linked = updateState(linked, slot.state, (s) => withRuleNext(s, slot.index, target));
  }
  return linked;
}

function withRuleNext(choice: JsonObject, index: number, target: string): JsonObject {
  const rules = (choice.Choices as JsonObject[]).map((rule, i) => (i === index ? { ...rule, Next: target } : rule));
  return { ...choice, Choices: rules };
}

/** `a` and `b` in one graph (`a`'s start), refusing a name defined in both. */
export function merge(a: Graph, b: Graph): Graph {
  const states = new Map(a.states);
  for (const [name, state] of b.states) {
    if (states.has(name)) throw new Error(`State name "${name}" is already used`);
    states.set(name, state);
  }
  return { startAt: a.startAt, states, results: new Map([...a.results, ...b.results]) };
}
