import { isInteger, JsonataFunctionError, jsonText, jsonTypeName } from './function-error.js';

/**
 * `$partition(array, size)`: the array cut into chunks of `size` items; the last chunk may be shorter.
 * A single non-array value counts as a one-item array (JSONata's convention); `undefined` in gives
 * `undefined` out.
 *
 * @example
 * partition([0, 1, 2, 3], 3); // [[0, 1, 2], [3]]
 */
export function partition(array: unknown, size: unknown): unknown[][] | undefined {
  if (array === undefined) return undefined;
  if (!isInteger(size) || size < 1) {
    throw new JsonataFunctionError(`$partition: the chunk size must be a positive integer, but was ${describe(size)}`);
  }
  const items: readonly unknown[] = Array.isArray(array) ? array : [array];
  const chunks: unknown[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function describe(value: unknown): string {
  return value === undefined ? 'undefined' : `${jsonTypeName(value)} ${jsonText(value)}`;
}
