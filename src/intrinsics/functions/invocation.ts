import type { RandomSource } from '../../runtime/random.js';
import type { IntrinsicArg } from '../ast.js';

/** One call of an intrinsic function, its arguments already evaluated. */
export interface Invocation {
  /** `States.Format`, … */
  readonly name: string;
  readonly args: readonly unknown[];
  /** The arguments as written (`States.Format` reads a literal template's raw text). */
  readonly nodes: readonly IntrinsicArg[];
  readonly random: RandomSource;
}

/** An intrinsic function's implementation; it throws {@link IntrinsicFunctionError} on bad input. */
export type IntrinsicImplementation = (call: Invocation) => unknown;

/**
 * A failed intrinsic call; `detail` is the sentence AWS writes after the call text, such as
 * `Invalid arguments in States.MathAdd`.
 */
export class IntrinsicFunctionError extends Error {
  override readonly name = 'IntrinsicFunctionError';

  constructor(readonly detail: string) {
    super(detail);
  }
}

/** AWS's answer to any argument it cannot use (wrong type, count or range). */
export function invalidArguments(call: Invocation): IntrinsicFunctionError {
  return new IntrinsicFunctionError(`Invalid arguments in ${call.name}`);
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/**
 * Argument `index` as a Java `int`: a number, rounded (`MathAdd`) or truncated (the others, as
 * AWS does), inside the `int` range; anything else is invalid.
 */
export function intArg(call: Invocation, index: number, mode: 'round' | 'truncate' = 'truncate'): number {
  const value = call.args[index];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArguments(call);
  const n = (mode === 'round' ? Math.round(value) : Math.trunc(value)) + 0;
  if (n < INT_MIN || n > INT_MAX) throw invalidArguments(call);
  return n;
}

/** Argument `index`, which must be a string. */
export function stringArg(call: Invocation, index: number): string {
  const value = call.args[index];
  if (typeof value !== 'string') throw invalidArguments(call);
  return value;
}

/** Argument `index`, which must be an array. */
export function arrayArg(call: Invocation, index: number): readonly unknown[] {
  const value = call.args[index];
  if (!Array.isArray(value)) throw invalidArguments(call);
  return value as readonly unknown[];
}

/** Argument `index` whose string form must be at most `max` characters (AWS's 10,000 limit). */
export function limitedString(call: Invocation, index: number, max = 10_000): string {
  const value = stringArg(call, index);
  if (value.length > max) throw invalidArguments(call);
  return value;
}
