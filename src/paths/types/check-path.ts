import type { IsAny } from 'type-fest';
import type { Child } from './get.js';
import type { IsMap, NodeName } from './json-node.js';
import type { PathError } from './path-error.js';
import type { FirstStep } from './step.js';

/**
 * `P` when it is a Reference Path that selects a node of `T` (no depth cap), else a `PathError`
 * saying why. Use it as a parameter type, `path: CheckReferencePath<T, P>`, so the message shows on
 * the argument; `ReferencePaths<T>` instead gives autocomplete and "Did you mean".
 *
 * @example
 * type E = CheckReferencePath<{ a: { b: 1 } }, '$.a.c'>; // PathError<"No key 'c' at '$.a'">
 */
export type CheckReferencePath<T, P extends string> = Verdict<P, ReadProblems<T, P>>;

/**
 * `P` when `ResultPath` `P` can write into every member of `T` (`null`, `'$'`, existing paths, and new
 * keys under an object or under a key being created), else a `PathError`. An index must name an
 * element of an existing array: AWS does not create arrays.
 *
 * @example
 * type OK = CheckResultPath<{ a: string }, '$.guid'>; // '$.guid'
 * type E = CheckResultPath<{ a: string }, '$.a.b'>;   // PathError<"Cannot write key 'b' into a string at '$.a'">
 */
export type CheckResultPath<T, P extends string | null> = P extends string ? Verdict<P, WriteProblems<T, P>> : P;

/** True when `P` is a Reference Path that selects a node of `T`. */
export type IsReferencePath<T, P extends string> = [ReadProblems<T, P>] extends [never] ? true : false;

type Verdict<P extends string, Problem extends string> = [Problem] extends [never] ? P : PathError<Problem>;

type Root<P extends string, Then> = P extends `$${infer S}` ? (S extends `$${string}` ? 'Context paths ($$) are not reference paths into the input' : Then) : "A path must start with '$'";

type ReadProblems<T, P extends string> = Root<P, P extends `$${infer S}` ? Read<T, S, '$'> : never>;

// Below `unknown` (or `any`) nothing can be checked, so every path is accepted.
type Read<T, S extends string, At extends string> =
  S extends '' ? never
  : [T] extends [never] ? never
  : unknown extends T ? never
  : FirstStep<S> extends readonly [infer Kind, infer K extends string, infer R extends string]
    ? [Child<T, Kind, K>] extends [never] ? Missing<T, Kind, K, At> : Read<Child<T, Kind, K>, R, `${At}${Shown<Kind, K>}`>
  : FirstStep<S> extends readonly ['bad', infer M extends string] ? M
  : never;

type Shown<Kind, K extends string> = Kind extends 'key' ? `.${K}` : `[${K}]`;

type Missing<T, Kind, K extends string, At extends string> =
  Kind extends 'index' ? ([T] extends [readonly unknown[]] ? `No index [${K}] in the tuple at '${At}'` : `Index [${K}] needs an array, but '${At}' is ${NodeName<T>}`)
  : IsMap<T> extends true ? `No key '${K}' at '${At}'`
  : `Key '${K}' needs an object, but '${At}' is ${NodeName<T>}`;

type WriteProblems<T, P extends string> = Root<P, P extends `$${infer S}` ? Write<T, S, '$', false> : never>;

// `New`: the node is being created by this write, so only keys may follow.
type Write<T, S extends string, At extends string, New extends boolean> =
  S extends '' ? never
  : FirstStep<S> extends readonly ['bad', infer M extends string] ? M
  : FirstStep<S> extends readonly [infer Kind, infer K extends string, infer R extends string]
    ? New extends true
      ? Kind extends 'key' ? Write<unknown, R, `${At}.${K}`, true> : `Index [${K}] needs an existing array, but '${At}' is created by this write`
      : WriteStep<T, Kind, K, R, At>
  : never;

// Distributes: every member of the node must take the step.
type WriteStep<T, Kind, K extends string, R extends string, At extends string> =
  IsAny<T> extends true ? never
  : T extends unknown
    ? Kind extends 'key'
      ? IsMap<T> extends true
        ? K extends keyof T ? WriteKey<T[K], R, `${At}.${K}`> : string extends keyof T ? WriteKey<T[string & keyof T], R, `${At}.${K}`> : Write<unknown, R, `${At}.${K}`, true>
        : `Cannot write key '${K}' into ${NodeName<T>} at '${At}'`
      : T extends readonly unknown[] ? Write<Child<T, 'index', K>, R, `${At}[${K}]`, false>
      : `Index [${K}] needs an array, but '${At}' is ${NodeName<T>}`
    : never;

// An optional key may be missing: then the write creates it.
type WriteKey<V, R extends string, At extends string> =
  | ([Exclude<V, undefined>] extends [never] ? never : Write<Exclude<V, undefined>, R, At, false>)
  | ([undefined] extends [V] ? Write<unknown, R, At, true> : never);
