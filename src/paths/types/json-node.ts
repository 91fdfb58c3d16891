import type { IsAny } from 'type-fest';

/** Steps left before the depth cap: `Prev[6]` is 5. */
export type Prev = [never, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A depth cap: how many steps (keys or indexes) after `$`, 0 to 11. */
export type Depth = Prev[number] | 11;

/** True for a tuple (fixed length), false for `T[]`. */
export type IsTuple<T extends readonly unknown[]> = number extends T['length'] ? false : true;

/** True for an object node that paths may step into (not an array, not `any`). */
export type IsMap<T> = IsAny<T> extends true ? false : T extends readonly unknown[] ? false : T extends object ? true : false;

/** A short name of a node's JSON type, for messages. */
export type NodeName<T> =
  IsAny<T> extends true ? 'any'
  : T extends string ? 'a string'
  : T extends number ? 'a number'
  : T extends boolean ? 'a boolean'
  : T extends null ? 'null'
  : T extends readonly unknown[] ? 'an array'
  : T extends object ? 'an object'
  : 'unknown';
