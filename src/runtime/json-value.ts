import { StatesRuntime } from './errors.js';

/**
 * Throws a States.Runtime naming `what` unless `value` is plain JSON: no `undefined`, functions,
 * symbols, BigInt, non-finite numbers, cycles or class instances other than arrays.
 */
export function checkJsonValue(value: unknown, what: string): void {
  const problem = jsonProblem(value, new Set());
  if (problem !== undefined) throw new StatesRuntime(`${what} is not a JSON value: ${problem}`);
}

function jsonProblem(value: unknown, ancestors: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `the number ${String(value)}`;
    case 'object': {
      if (value === null) return undefined;
      if (ancestors.has(value)) return 'it contains a cycle';
      const proto: unknown = Object.getPrototypeOf(value);
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return `an instance of ${value.constructor.name}`;
      ancestors.add(value);
      if (Array.isArray(value)) {
        for (const item of value) {
          const problem = jsonProblem(item, ancestors);
          if (problem !== undefined) return problem;
        }
      } else {
        for (const key in value) {
          const item = (value as Record<string, unknown>)[key];
          // Like JSON.stringify, an object property holding undefined is simply left out.
          const problem = item === undefined ? undefined : jsonProblem(item, ancestors);
          if (problem !== undefined) return problem;
        }
      }
      ancestors.delete(value);
      return undefined;
    }
    default:
      return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
  }
}
