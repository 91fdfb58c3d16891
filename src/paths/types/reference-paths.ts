import type { IsAny } from 'type-fest';
import type { Depth, IsTuple, Prev } from './json-node.js';
import type { KeyStep } from './step.js';

/**
 * Every Reference Path into `T`, at most `D` steps (keys or indexes) after `$`: `'$'`, `'$.a.b'`,
 * `"$['my key']"`, `'$.list[0]'` (any integer: `` `$.list[${bigint}]` ``), `'$.pair[1]'` (a tuple's own
 * indexes). Optional keys are offered (the path fails at run time when the key is missing).
 * Compute it only in parameter position: it is a large union.
 *
 * @example
 * type P = ReferencePaths<{ a: { b: string }; list: number[] }>;
 * // '$' | '$.a' | '$.a.b' | '$.list' | `$.list[${bigint}]`
 */
export type ReferencePaths<T, D extends Depth = 6> = '$' | `$${Below<T, D>}`;

/** The path suffixes below a node, `D` steps at most. */
type Below<T, D extends Depth> =
  D extends 0 ? never
  : IsAny<T> extends true ? never
  : T extends readonly unknown[] ? ArraySteps<T, Prev[D]>
  : T extends object ? { [K in keyof T & string]-?: Suffixes<KeyStep<K>, Exclude<T[K], undefined>, Prev[D]> }[keyof T & string]
  : never;

type ArraySteps<T extends readonly unknown[], D extends Depth> =
  IsTuple<T> extends true
    ? { [I in keyof T & `${number}`]-?: Suffixes<`[${I}]`, T[I], D> }[keyof T & `${number}`]
    : Suffixes<`[${bigint}]`, T[number], D>;

type Suffixes<S extends string, V, D extends Depth> = S | `${S}${Below<V, D>}`;
