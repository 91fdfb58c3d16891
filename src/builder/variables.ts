import type { AslTypeError, CheckReferencePath, Get } from '../paths/types/index.js';
import type { Scope } from './record.js';

/** The workflow input of scope `W` (a {@link Scope}; a bare type is the workflow input itself). */
export type ScopeInput<W> = W extends Scope<infer I, unknown> ? I : W;

/** The variables of scope `W` (none for a bare type). */
export type ScopeVars<W> = W extends Scope<unknown, infer V> ? V : object;

/** Variables `V` after the assignments `A` (a new value replaces the old one, whatever its type). */
export type Assigned<V extends object, A> = [A] extends [undefined] ? V : keyof A extends never ? V : { [K in keyof V | keyof A]: K extends keyof A ? A[K] : V[K & keyof V] };

/**
 * The variables where two paths meet (the branches of a Choice): a variable either path assigned, with
 * either type.
 */
export type MergedVars<A extends object, B extends object> = [A] extends [B] ? ([B] extends [A] ? B : Merge<A, B>) : Merge<A, B>;
type Merge<A, B> = { [K in keyof A | keyof B]: (K extends keyof A ? A[K] : never) | (K extends keyof B ? B[K] : never) };

type BeforeBracket<S extends string> = S extends `${infer N}[${string}` ? N : S;
/** The variable name of a reference `$name.a.b` given as `name.a.b`. */
type VarName<R extends string> = R extends `${infer N}.${string}` ? BeforeBracket<N> : BeforeBracket<R>;
type Rest<R extends string> = R extends `${VarName<R>}${infer T}` ? T : '';

/** True when `R` (what follows `$` in a JSONPath value) names a variable rather than a path into the input. */
export type IsVariable<R extends string> = R extends '' | `.${string}` | `[${string}` ? false : true;

/**
 * `V` when the variable reference `$R` (`$name`, `$name.a[0]`) names a variable of `Vars` and a node
 * in its value, else an error naming the problem.
 */
export type CheckVariable<Vars, R extends string, V> =
  VarName<R> extends keyof Vars
    ? CheckReferencePath<Vars[VarName<R>], `$${Rest<R>}`> extends string ? V : CheckReferencePath<Vars[VarName<R>], `$${Rest<R>}`>
    : AslTypeError<`Unknown variable "$${VarName<R>}": no state before assigns it`>;

/** The value the variable reference `$R` reads. */
export type VariableValue<Vars, R extends string> = VarName<R> extends keyof Vars ? Get<Vars[VarName<R>], `$${Rest<R>}`> : never;
