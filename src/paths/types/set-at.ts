import type { IsAny } from 'type-fest';
import type { FirstStep } from './step.js';

declare const absentBrand: unique symbol;

/** Marks a node that `ResultPath` creates (not in the type yet). */
interface Absent {
  readonly [absentBrand]: true;
}

/**
 * The type after `ResultPath` `P` writes `V` into `T`, as AWS does: `null` keeps `T`, `'$'` replaces it,
 * `'$.a.b'` sets `b` (creating `a` when missing) and keeps the rest of `T`. Each level is rebuilt as one
 * flat object, so repeated writes never nest `Omit`s. An index replaces an element of an existing
 * array (a tuple keeps its shape). A member of a union that cannot take the write (a string, `null`)
 * drops out: at run time that write fails. Check `P` first with `CheckResultPath`.
 *
 * @example
 * type A = SetAt<{ a: { x: number } }, '$.a.b', string>; // { a: { x: number; b: string } }
 * type B = SetAt<{ a: number }, null, string>;           // { a: number }
 */
export type SetAt<T, P extends string | null, V> =
  P extends null ? T
  : P extends `$${infer S}` ? SetIn<T, S, V>
  : never;

type SetIn<T, S extends string, V> =
  S extends '' ? V
  : FirstStep<S> extends readonly [infer Kind, infer K extends string, infer R extends string]
    ? Kind extends 'key' ? SetKey<T, K, R, V> : SetIndex<T, K, R, V>
  : never;

// One flat object: T's keys (modifiers kept) and K (required). Mapping over `keyof (T & …)` with an
// `as` clause makes `keyof` read T's resolved members instead of recursing through earlier writes;
// written inline (not as an alias) so hovers and messages show the object, not nested aliases.
type SetKey<T, K extends string, R extends string, V> =
  IsAny<T> extends true ? T
  : T extends Absent ? { [Q in K]: SetIn<Absent, R, V> }
  : T extends readonly unknown[] ? never
  : T extends object ? Force<{ [Q in keyof (T & Record<K, unknown>) as Q]: Q extends K ? SetIn<ChildOrAbsent<T, K>, R, V> : T[Q & keyof T] }>
  : never;


// Resolves every property type now, so no later read recurses through earlier writes (TS2589).
type Force<X> = X extends Partial<Record<Keys<X>, unknown>> ? X : never;
type Keys<X> = [keyof X] extends [infer Ks extends PropertyKey] ? Ks : never;

type ChildOrAbsent<T, K extends string> = K extends keyof T ? Exclude<T[K], undefined> | ([undefined] extends [T[K]] ? Absent : never) : Absent;

type SetIndex<T, I extends string, R extends string, V> =
  IsAny<T> extends true ? T
  : T extends readonly unknown[] ? (I extends keyof T ? SetTupleAt<T, I, R, V> : SetArray<T, R, V>)
  : never;

type SetTupleAt<T extends readonly unknown[], I extends string, R extends string, V> = { [Q in keyof T]: Q extends I ? SetIn<T[Q], R, V> : T[Q] };

type SetArray<T extends readonly unknown[], R extends string, V> =
  T extends unknown[] ? (T[number] | SetIn<T[number], R, V>)[] : readonly (T[number] | SetIn<T[number], R, V>)[];
