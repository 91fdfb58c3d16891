import { planPath, type PathPlan, type PathStep } from './plan.js';
import { pickKeys, selectAll } from './select.js';

/** What a path reads: `$` is `input`, `$$` the context object, `$name` a workflow variable. */
export interface PathScope {
  readonly input: unknown;
  readonly context: unknown;
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** The outcome of `readPath`: the value selected, or nothing. */
export type PathRead = { readonly found: true; readonly value: unknown } | { readonly found: false };

const NOT_FOUND: PathRead = Object.freeze({ found: false });
const MISSING: unique symbol = Symbol('missing');

/**
 * Reads a JSONPath as AWS Step Functions (Jayway JSONPath) does. A definite path (names and
 * indexes, e.g. `$.a.b[0]`) selects one value or is not found when any step is missing or does not
 * apply (a key on an array, an index on an object); a negative index counts from the end. An
 * indefinite path (wildcard, `..`, slice, union, filter) always finds an array of its matches,
 * empty when nothing matches. A final union of names (`$['a','b']`) finds one object with those keys.
 * Throws `StatesRuntime` for text that is not a JSONPath; validated definitions never have one.
 *
 * @example
 * readPath('$.orders[0].id', { input: { orders: [{ id: 7 }] }, context: {} }); // { found: true, value: 7 }
 * readPath('$.orders[*].id', { input: { orders: [] }, context: {} });          // { found: true, value: [] }
 * readPath('$.missing', { input: {}, context: {} });                            // { found: false }
 */
export function readPath(text: string, scope: PathScope): PathRead {
  const plan = planPath(text);
  let root: unknown;
  if (plan.root === '$') root = scope.input;
  else if (plan.root === '$$') root = scope.context;
  else {
    const variables = scope.variables;
    if (variables === undefined || !Object.hasOwn(variables, plan.variable)) return NOT_FOUND;
    root = variables[plan.variable];
  }
  if (plan.mode === 'steps') {
    const value = walk(root, plan.steps);
    return value === MISSING ? NOT_FOUND : { found: true, value };
  }
  return evaluateOther(plan, root);
}

function evaluateOther(plan: Exclude<PathPlan, { mode: 'steps' }>, root: unknown): PathRead {
  if (plan.mode === 'select') return { found: true, value: selectAll(root, plan.segments) };
  const value = walk(root, plan.steps);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_FOUND;
  return { found: true, value: pickKeys(value as Record<string, unknown>, plan.names) };
}

/** Follows names and indexes from `node`; `MISSING` as soon as a step does not apply. */
function walk(node: unknown, steps: readonly PathStep[]): unknown {
  let current = node;
  for (const step of steps) {
    if (typeof step === 'string') {
      if (typeof current !== 'object' || current === null || Array.isArray(current)) return MISSING;
      const value: unknown = (current as Record<string, unknown>)[step];
      // Only functions and `__proto__` can come from the prototype; JSON has neither, so the
      // own-key check (the slow part) runs only for them.
      if (value === undefined || ((typeof value === 'function' || step === '__proto__') && !Object.hasOwn(current, step))) return MISSING;
      current = value;
    } else {
      if (!Array.isArray(current)) return MISSING;
      const at = step < 0 ? current.length + step : step;
      if (at < 0 || at >= current.length) return MISSING;
      current = current[at];
      if (current === undefined) return MISSING;
    }
  }
  return current;
}
