import type { IsAny, IsUnknown } from 'type-fest';
import type { CheckReferencePath, CheckResultPath } from './check-path.js';
import type { Get } from './get.js';
import type { NodeName } from './json-node.js';
import type { PathError } from './path-error.js';
import type { ReferencePathsTo } from './paths-to.js';
import type { ReferencePaths } from './reference-paths.js';

/*
 * While an editor completes a string in a call, TypeScript infers the call's type parameters without
 * that string: a path parameter is then its default, `'$'`. These option types offer every path into
 * the node instead (so the editor lists them), and otherwise type the option as before. `NoInfer`
 * keeps the list out of inference.
 */

/**
 * An `inputPath`/`outputPath` option whose type parameter is `P` (default `'$'`): `P` when it selects
 * a node of `T` (or is `null`), else a `PathError`; while being completed, every path into `T`.
 */
export type ReadPathOption<T, P> = [P] extends ['$'] ? NoInfer<ReferencePaths<T> | null> : P extends string ? CheckReferencePath<T, P> : P;

/**
 * A `resultPath` option whose type parameter is `P` (default `'$'`): `P` when it can write into `T`,
 * else a `PathError`; while being completed, every existing path into `T` (to write at or under).
 */
export type WritePathOption<T, P extends string | null> = [P] extends ['$'] ? NoInfer<ReferencePaths<T> | null> : CheckResultPath<T, P>;

/**
 * A path option to a `V` (a Wait's `secondsPath`: a number) whose type parameter is `P` (default
 * `never`, unset): `P` when it selects a node of `T` that is a `V` (or typed `unknown`), else a
 * `PathError`; while being completed, the paths into `T` to a `V`.
 */
export type ReadPathToOption<T, P, V> = [P] extends [never] ? NoInfer<ReferencePathsTo<T, V>> : P extends string ? CheckPathTo<T, P, V> : P;

type CheckPathTo<T, P extends string, V> =
  CheckReferencePath<T, P> extends P
    ? Holds<Get<T, P>, V> extends true ? P : PathError<`'${P}' must point at ${NodeName<V>}, but it is ${NodeName<Get<T, P>>}`>
    : CheckReferencePath<T, P>;

type Holds<N, V> = IsAny<N> extends true ? true : IsUnknown<N> extends true ? true : [N] extends [V] ? true : false;
