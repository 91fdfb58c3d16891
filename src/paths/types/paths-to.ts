import type { IsAny } from 'type-fest';
import type { Depth, IsTuple, Prev } from './json-node.js';
import type { KeyStep } from './step.js';

/**
 * The Reference Paths into `T` (at most `D` steps) whose node may hold a `V`: every member of the
 * node is a `V` when `Mode` is `'all'` (a Wait's `secondsPath` needs a number), some member is when
 * it is `'some'` (a Choice comparison is false on other types). Nodes typed `unknown` or `any` match.
 *
 * @example
 * ```ts
 * import type { ReferencePathsTo } from 'statewright';
 *
 * type P = ReferencePathsTo<{ a: number; b: { c: number | null; d: string } }, number>; // '$.a'
 * ```
 */
export type ReferencePathsTo<T, V, Mode extends 'all' | 'some' = 'all', D extends Depth = 6> =
  | (Holds<T, V, Mode> extends true ? '$' : never)
  | `$${Below<T, V, Mode, D>}`;

// `unknown extends T` holds for `unknown` and `any`: nodes that may hold anything.
type Holds<T, V, Mode> =
  unknown extends T ? true
  : Mode extends 'all' ? ([T] extends [V] ? ([T] extends [never] ? false : true) : false)
  : [Extract<T, V>] extends [never] ? false : true;

type Below<T, V, Mode, D extends Depth> =
  D extends 0 ? never
  : IsAny<T> extends true ? never
  : T extends readonly unknown[] ? ArraySteps<T, V, Mode, Prev[D]>
  : T extends object ? { [K in keyof T & string]-?: Suffixes<KeyStep<K>, Exclude<T[K], undefined>, V, Mode, Prev[D]> }[keyof T & string]
  : never;

type ArraySteps<T extends readonly unknown[], V, Mode, D extends Depth> =
  IsTuple<T> extends true
    ? { [I in keyof T & `${number}`]-?: Suffixes<`[${I}]`, T[I], V, Mode, D> }[keyof T & `${number}`]
    : Suffixes<`[${bigint}]`, T[number], V, Mode, D>;

type Suffixes<S extends string, N, V, Mode, D extends Depth> = (Holds<N, V, Mode> extends true ? S : never) | `${S}${Below<N, V, Mode, D>}`;
