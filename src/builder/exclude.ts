import type { IsLiteral, IsUnion } from 'type-fest';
import type { Get, SetAt } from '../paths/types/index.js';
import type { Refinements } from './narrow.js';

/**
 * What a condition tells about the input when it does not hold: each `[path, V]` is a value the node
 * at `path` cannot be (a failed `stringEquals('$.kind', 'big')` leaves `kind` without `'big'`). Only
 * exact tests give one: equality with one literal, and the `true` type tests; a comparison does not.
 */
export interface Excluding {
  readonly '~excl'?: Refinements;
}

/** The exclusions a condition carries. */
export type ExclOf<C> = C extends { readonly '~excl'?: infer E extends Refinements } ? E : [];

/** `[[P, L]]` when `L` is a single literal (an equality that matches exactly that value), else `[]`. */
export type ExactEquals<P extends string, L> = [L] extends [null] ? [[P, null]] : IsUnion<L> extends true ? [] : IsLiteral<L> extends true ? [[P, L]] : [];

/** The exclusions of every condition in `Cs` (an `or` fails only when each of them fails). */
export type ExclOfAll<Cs extends readonly Excluding[]> =
  Cs extends readonly [infer H extends Excluding, ...infer R extends readonly Excluding[]] ? [...ExclOf<H>, ...ExclOfAll<R>] : [];

/**
 * `T` after a rule whose condition `C` did not hold: each exclusion removes its value from the node at
 * its path; members of a union whose node held nothing else drop out. (A node that is missing makes
 * the comparison fail with States.Runtime, so the default never sees it.)
 */
export type Without<T, E extends Refinements> =
  E extends readonly [readonly [infer P extends string, infer V], ...infer Rest extends Refinements] ? Without<Drop<T, P, V>, Rest> : T;

type Drop<T, P extends string, V> =
  T extends unknown
    ? [Exclude<Get<T, P>, V>] extends [never] ? never
      : [Get<T, P>] extends [Exclude<Get<T, P>, V>] ? T
      : SetAt<T, P, Exclude<Get<T, P>, V>>
    : never;
