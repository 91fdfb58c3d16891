import { JsonataFunctionError } from './function-error.js';

/**
 * The most numbers `$range` gives: the limit JSONata 2.0.6 puts on its own range operator `[a..b]`
 * (error D2014). AWS documents none for `$range`; without one, `$range(0, 1e12, 1)` ends the process.
 */
export const MAX_RANGE_LENGTH = 10_000_000;

/**
 * `$range(start, end, step)`: the numbers from `start` towards `end`, `step` apart, `end` included
 * when it is reached exactly. `step` must be non-zero; a negative step counts down; at most
 * {@link MAX_RANGE_LENGTH} numbers. Any `undefined` argument gives `undefined`.
 *
 * @example
 * range(1, 9, 2);  // [1, 3, 5, 7, 9]
 * range(0, 10, 3); // [0, 3, 6, 9]
 */
export function range(start: unknown, end: unknown, step: unknown): number[] | undefined {
  if (start === undefined || end === undefined || step === undefined) return undefined;
  if (!isFiniteNumber(start) || !isFiniteNumber(end) || !isFiniteNumber(step)) {
    throw new JsonataFunctionError('$range: start, end and step must be numbers');
  }
  if (step === 0) throw new JsonataFunctionError('$range: step must not be 0');
  if ((end - start) / step >= MAX_RANGE_LENGTH) {
    throw new JsonataFunctionError(`$range: the range must not have more than ${String(MAX_RANGE_LENGTH)} numbers`);
  }
  const values: number[] = [];
  for (let i = 0; ; i++) {
    const value = start + i * step;
    if (step > 0 ? value > end : value < end) break;
    values.push(value);
  }
  return values;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
