import { arrayArg, intArg, invalidArguments, type Invocation } from './invocation.js';
import { hashSetOrder, javaEquals } from './java-collections.js';

/** The most items `States.ArrayRange` may produce. */
export const MAX_RANGE_ITEMS = 1000;

/** `States.Array(…values)`: the values as an array. */
export function array(call: Invocation): unknown[] {
  return [...call.args];
}

/** `States.ArrayPartition(array, size)`: chunks of `size` (truncated, at least 1); the last may be shorter. */
export function arrayPartition(call: Invocation): unknown[][] {
  const items = arrayArg(call, 0);
  const size = intArg(call, 1);
  if (size < 1) throw invalidArguments(call);
  const chunks: unknown[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** `States.ArrayContains(array, value)`: whether an item deep-equals `value`. */
export function arrayContains(call: Invocation): boolean {
  const items = arrayArg(call, 0);
  const wanted = call.args[1];
  return items.some((item) => javaEquals(item, wanted));
}

/**
 * `States.ArrayRange(first, last, step)`: `first`, `first + step`, … up to `last` inclusive. The
 * arguments are truncated to integers; `step` must not be 0; at most 1000 items.
 */
export function arrayRange(call: Invocation): number[] {
  const first = intArg(call, 0);
  const last = intArg(call, 1);
  const step = intArg(call, 2);
  if (step === 0) throw invalidArguments(call);
  const count = (step > 0 ? first > last : first < last) ? 0 : Math.floor((last - first) / step) + 1;
  if (count > MAX_RANGE_ITEMS) throw invalidArguments(call);
  return Array.from({ length: count }, (_, i) => first + i * step);
}

/**
 * `States.ArrayGetItem(array, index)`: the item at a zero-based index (truncated). Out of range
 * fails, except that AWS answers `null` for an empty array.
 */
export function arrayGetItem(call: Invocation): unknown {
  const items = arrayArg(call, 0);
  const index = intArg(call, 1);
  if (index < 0) throw invalidArguments(call);
  if (items.length === 0) return null;
  if (index >= items.length) throw invalidArguments(call);
  return items[index];
}

/** `States.ArrayLength(array)`: the number of items. */
export function arrayLength(call: Invocation): number {
  return arrayArg(call, 0).length;
}

/**
 * `States.ArrayUnique(array)`: without duplicates (deep equality). AWS collects the items in a
 * Java `HashSet`, so they come out in hash order, not first-seen order: `[true, false]` gives
 * `[false, true]`.
 */
export function arrayUnique(call: Invocation): unknown[] {
  return hashSetOrder(arrayArg(call, 0));
}
