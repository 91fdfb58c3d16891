import type { JsonObject } from '../internal/json-object.js';
import type { Step } from './read-paths.js';

/** Where a JSONata reference starts: `$states.input`, `$states.result` or `$states.context.Map.Item.Value`. */
export interface JsonataRead {
  readonly root: 'input' | 'result' | 'item';
  readonly steps: readonly Step[];
}

const ROOTS: Readonly<Record<string, JsonataRead['root']>> = { input: 'input', result: 'result', 'context.Map.Item.Value': 'item' };
const REFERENCE = /^\{%\s*\$states\.(input|result|context\.Map\.Item\.Value)((?:\.[^\s()+\-*/&=<>!?:,$%{}"'[\]~^|;`@#.]+)*)\s*%\}$/;

/** Whether `state` is a JSONata state: its own `QueryLanguage`, else the machine's. */
export function isJsonataState(state: JsonObject, machineJsonata: boolean): boolean {
  return state.QueryLanguage === undefined ? machineJsonata : state.QueryLanguage === 'JSONata';
}

/**
 * The read of a JSONata string that is a plain reference (`'{% $states.input.a.b %}'`), the only
 * expressions the builder's types follow and check; `undefined` for any other value.
 */
export function jsonataReference(value: unknown): JsonataRead | undefined {
  if (typeof value !== 'string') return undefined;
  const match = REFERENCE.exec(value);
  const root = match ? ROOTS[match[1] as string] : undefined;
  if (!match || root === undefined) return undefined;
  return { root, steps: (match[2] as string).split('.').slice(1) };
}

/** The plain references in a JSONata template (`Arguments`, `Output`, `Assign`, …), at any depth. */
export function jsonataReads(template: unknown): JsonataRead[] {
  if (Array.isArray(template)) return template.flatMap(jsonataReads);
  if (typeof template === 'object' && template !== null) return Object.values(template).flatMap(jsonataReads);
  const read = jsonataReference(template);
  return read ? [read] : [];
}

/**
 * Where `rest`, a path into what JSONata template `template` gives, comes from: the reference it
 * continues, or nothing when it lands on a literal or on an expression the types do not follow.
 */
export function throughJsonata(template: unknown, rest: readonly Step[]): JsonataRead[] {
  const read = jsonataReference(template);
  if (read) return [{ root: read.root, steps: [...read.steps, ...rest] }];
  const [first, ...more] = rest;
  if (typeof first !== 'string' || typeof template !== 'object' || template === null || Array.isArray(template)) return [];
  return Object.hasOwn(template, first) ? throughJsonata((template as Record<string, unknown>)[first], more) : [];
}
