import { pointer } from '../internal/json-pointer.js';

/**
 * The deepest nesting of objects and arrays a definition may have. AWS parses definitions with
 * Jackson, whose default nesting limit is 1,000 (a guess that AWS keeps it); deeper JSON would also
 * overflow the stack of the recursive schema checks.
 */
export const MAX_DEFINITION_DEPTH = 1000;

/**
 * The JSON pointer of the first object or array nested deeper than {@link MAX_DEFINITION_DEPTH}, or
 * `undefined`. Iterative, so any depth is measured without exhausting the stack.
 */
export function tooDeepAt(definition: unknown): string | undefined {
  const stack: { readonly value: unknown; readonly path: string; readonly depth: number }[] = [{ value: definition, path: '', depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path, depth } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEFINITION_DEPTH) return path;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: pointer(path, key), depth: depth + 1 });
  }
  return undefined;
}
