import { planPath, type PathStep } from './plan.js';

/** The outcome of `assignPath`: the new document, or why the path cannot be applied. */
export type AssignResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

type JsonMap = Record<string, unknown>;

/**
 * Writes `value` into `target` at a Reference Path, as `ResultPath` does. `$` replaces the whole
 * target; `$.a.b` sets that key, creating missing objects on the way; an index step replaces an
 * existing array element. Never mutates: the objects and arrays along the path are copied, the rest
 * is shared. Fails (`ok: false`, AWS's cause text) when a step meets a value it cannot write into
 * (a string, a number, `null`, a key on an array, an index on an object or out of range).
 * `ResultPath: null` is the caller's business. Throws `StatesRuntime` for text that is not a JSONPath.
 *
 * @example
 * assignPath({ a: 1 }, '$.b.c', true); // { ok: true, value: { a: 1, b: { c: true } } }
 * assignPath('text', '$.b', true);     // { ok: false, message: 'Unable to apply ReferencePath $.b to input "text"' }
 */
export function assignPath(target: unknown, text: string, value: unknown): AssignResult {
  const plan = planPath(text);
  if (plan.mode !== 'steps' || plan.root !== '$') return failure(text, target);
  const steps = plan.steps;
  if (steps.length === 0) return { ok: true, value };
  // The container met at each step (`undefined`: a missing key, to be created) and the index used.
  const containers: (JsonMap | unknown[] | undefined)[] = [];
  const keys: PathStep[] = [];
  let node: unknown = target;
  let absent = false;
  for (const step of steps) {
    if (typeof step === 'string') {
      if (absent) {
        containers.push(undefined);
        keys.push(step);
        continue;
      }
      if (!isMap(node)) return failure(text, target);
      containers.push(node);
      keys.push(step);
      absent = !Object.hasOwn(node, step) || node[step] === undefined;
      node = absent ? undefined : node[step];
    } else {
      if (absent || !Array.isArray(node)) return failure(text, target);
      const at = step < 0 ? node.length + step : step;
      if (at < 0 || at >= node.length) return failure(text, target);
      containers.push(node);
      keys.push(at);
      node = node[at];
    }
  }
  let written = value;
  for (let i = steps.length - 1; i >= 0; i--) {
    const container = containers[i];
    const key = keys[i] as PathStep;
    if (Array.isArray(container)) {
      const copy = container.slice();
      copy[key as number] = written;
      written = copy;
    } else {
      const copy = container === undefined ? {} : copyObject(container);
      setKey(copy, key as string, written);
      written = copy;
    }
  }
  return { ok: true, value: written };
}

/** A shallow copy. `Object.assign` is far faster than spread on Node 20, but would set a `__proto__` key as the prototype. */
function copyObject(object: JsonMap): JsonMap {
  return Object.hasOwn(object, '__proto__') ? { ...object } : Object.assign({}, object);
}

/** Sets an own key, `__proto__` included (plain assignment would change the prototype). */
function setKey(object: JsonMap, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

function failure(text: string, target: unknown): AssignResult {
  return { ok: false, message: `Unable to apply ReferencePath ${text} to input ${showJson(target)}` };
}

function showJson(value: unknown): string {
  try {
    return value === undefined ? 'undefined' : JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function isMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
