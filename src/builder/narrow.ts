import type { Get, SetAt } from '../paths/types/index.js';

/** What a condition tells about the input when it holds: the type at each path. */
export type Refinements = readonly (readonly [string, unknown])[];

/** `T` narrowed by one alternative of refinements, or a union of them (an `or`); a variable reference (`$name`) narrows nothing. */
export type Narrow<T, Alts extends Refinements> = Alts extends Refinements ? Fold<T, Alts> : never;

type Fold<T, L extends Refinements> =
  L extends readonly [readonly [infer P extends string, infer V], ...infer Rest extends Refinements] ? Fold<P extends `$${'.' | '['}${string}` | '$' ? Refine<T, P, V> : T, Rest> : T;

// Each member of `T` whose node at `P` can be a `V` stays, with that node narrowed to it.
type Refine<T, P extends string, V> =
  T extends unknown ? ([Get<T, P> & V] extends [never] ? never : SetAt<T, P, Get<T, P> & V>) : never;

/** Every combination of one alternative from each list (an `and`). */
export type AndAll<Cs extends readonly Narrowing[]> =
  Cs extends readonly [infer H extends Narrowing, ...infer R extends readonly Narrowing[]] ? Concat<AltsOf<H>, AndAll<R>> : [];

/** What carries refinements: a condition. */
export interface Narrowing {
  readonly '~alts'?: Refinements;
}

/** The refinements a condition carries. */
export type AltsOf<C> = C extends { readonly '~alts'?: infer A extends Refinements } ? A : never;

type Concat<A extends Refinements, B extends Refinements> = A extends Refinements ? (B extends Refinements ? [...A, ...B] : never) : never;
