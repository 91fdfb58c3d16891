import type { IsAny } from 'type-fest';
import type { FirstStep } from './step.js';

/**
 * The type that Reference Path `P` selects in `T`; `never` when it selects nothing. A selected node
 * is a JSON value, so an optional key gives its type without `undefined` (a missing key is a
 * States.Runtime failure at run time, not a value). On a union, members without the key drop out.
 *
 * @example
 * type A = Get<{ a?: { b: string } }, '$.a.b'>;  // string
 * type B = Get<{ list: number[] }, '$.list[3]'>; // number
 */
export type Get<T, P extends string> = P extends `$${infer S}` ? GetIn<T, S> : never;

type GetIn<T, S extends string> =
  S extends '' ? T
  : FirstStep<S> extends readonly [infer Kind, infer K extends string, infer R extends string] ? GetIn<Child<T, Kind, K>, R>
  : never;

/** The node under one step, distributed over a union. */
export type Child<T, Kind, K extends string> =
  IsAny<T> extends true ? T
  : T extends readonly unknown[] ? (Kind extends 'index' ? Element<T, K> : never)
  : T extends object ? (Kind extends 'key' ? (K extends keyof T ? Exclude<T[K], undefined> : string extends keyof T ? Exclude<T[string & keyof T], undefined> : never) : never)
  : never;

// An array has any index; a tuple its own, and negative ones (counted from its end).
type Element<T extends readonly unknown[], I extends string> = I extends keyof T ? T[I] : number extends T['length'] ? T[number] : I extends `-${string}` ? T[number] : never;
