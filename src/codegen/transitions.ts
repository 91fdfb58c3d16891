import type { JsonObject } from '../internal/json-object.js';

/** The states each state's transitions (`Next`, `Default`, rules) come from, once per transition. */
export function predecessors(states: Record<string, JsonObject>): Map<string, string[]> {
  const preds = new Map<string, string[]>();
  for (const [name, state] of Object.entries(states)) {
    for (const target of successors(state)) preds.set(target, [...(preds.get(target) ?? []), name]);
  }
  return preds;
}

/** The states each state can lead to, itself not included unless on a loop. */
export function reachability(states: Record<string, JsonObject>): Map<string, Set<string>> {
  const reach = new Map<string, Set<string>>();
  for (const name of Object.keys(states)) {
    const seen = new Set<string>();
    const work = successors(states[name] as JsonObject);
    for (let next = work.pop(); next !== undefined; next = work.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      work.push(...successors(states[next] ?? {}));
    }
    reach.set(name, seen);
  }
  return reach;
}

/** The targets of a state's transitions: `Next`, `Default`, each rule's and each catcher's `Next`. */
export function successors(state: JsonObject): string[] {
  const rules = Array.isArray(state.Choices) ? (state.Choices as JsonObject[]).map((rule) => rule.Next) : [];
  const catchers = Array.isArray(state.Catch) ? (state.Catch as JsonObject[]).map((catcher) => catcher.Next) : [];
  return [state.Next, state.Default, ...rules, ...catchers].filter((target): target is string => typeof target === 'string');
}
