import { StatesRuntime } from './errors.js';

/**
 * Throws a States.Runtime naming `what` unless `value` is plain JSON: no `undefined`, functions,
 * symbols, BigInt, non-finite numbers, cycles or class instances other than arrays. The walk is
 * iterative, so deeply nested values are checked without exhausting the stack.
 */
export function checkJsonValue(value: unknown, what: string): void {
  const problem = jsonProblem(value);
  if (problem !== undefined) throw new StatesRuntime(`${what} is not a JSON value: ${problem}`);
}

/** A step of the walk: a value to check, or the end of an object's subtree (it stops being an ancestor). */
type Step = { readonly check: unknown } | { readonly leave: object };

function jsonProblem(root: unknown): string | undefined {
  const ancestors = new Set<object>();
  const stack: Step[] = [{ check: root }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('leave' in step) {
      ancestors.delete(step.leave);
      continue;
    }
    const value = step.check;
    switch (typeof value) {
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (Number.isFinite(value)) continue;
        return `the number ${String(value)}`;
      case 'object': {
        if (value === null) continue;
        if (ancestors.has(value)) return 'it contains a cycle';
        const proto: unknown = Object.getPrototypeOf(value);
        if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return `an instance of ${value.constructor.name}`;
        ancestors.add(value);
        stack.push({ leave: value });
        if (Array.isArray(value)) {
          for (let i = value.length - 1; i >= 0; i--) stack.push({ check: value[i] as unknown });
        } else {
          // Like JSON.stringify, an object property holding undefined is simply left out.
          for (const key in value) {
            const item = (value as Record<string, unknown>)[key];
            if (item !== undefined) stack.push({ check: item });
          }
        }
        continue;
      }
      default:
        return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
    }
  }
  return undefined;
}
