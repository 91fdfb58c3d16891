import { randomUuid } from '../../runtime/random.js';
import { intArg, invalidArguments, type Invocation } from './invocation.js';
import { JavaRandom } from './java-collections.js';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const LONG_MAX = 2n ** 63n - 1n;

/**
 * `States.MathAdd(a, b)`: the sum of two `int`s. Each operand is rounded to the nearest integer
 * first (half up: `-1.5` → `-1`); operands or a sum outside the `int` range fail.
 */
export function mathAdd(call: Invocation): number {
  const sum = intArg(call, 0, 'round') + intArg(call, 1, 'round');
  if (sum < INT_MIN || sum > INT_MAX) throw invalidArguments(call);
  return sum;
}

/** A `long` seed from a number argument (truncated, clamped as Java's cast does). */
function seedArg(call: Invocation): bigint {
  const value = call.args[2];
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalidArguments(call);
  if (!Number.isFinite(value)) return value > 0 ? LONG_MAX : -LONG_MAX - 1n;
  const seed = BigInt(Math.trunc(value));
  return seed > LONG_MAX ? LONG_MAX : seed < -LONG_MAX - 1n ? -LONG_MAX - 1n : seed;
}

/**
 * `States.MathRandom(start, end[, seed])`: an integer in [start, end) (both truncated). With a
 * seed it is `new java.util.Random(seed).nextInt(end - start) + start`, as on AWS; without one it
 * comes from the execution's random source.
 */
export function mathRandom(call: Invocation): number {
  const start = intArg(call, 0);
  const end = intArg(call, 1);
  const bound = end - start;
  if (bound <= 0 || bound > INT_MAX) throw invalidArguments(call);
  if (call.args.length > 2) return new JavaRandom(seedArg(call)).nextInt(bound) + start;
  return start + Math.floor(call.random.next() * bound);
}

/** `States.UUID()`: a version 4 UUID from the execution's random source. */
export function uuid(call: Invocation): string {
  return randomUuid(call.random);
}
