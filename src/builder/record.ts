import type { QueryLanguage } from '../asl/index.js';

/**
 * What the types know about a chain being built: one record, rebuilt eagerly at every step (see
 * DESIGN.md, "Type-level technique"), so that no step refers lazily to the one before it.
 *
 * - `input`: the input of the workflow (or fragment, or Parallel branch, or Map processor).
 * - `out`: the type flowing into the next chained state; `never` when nothing flows on.
 * - `names`: every state name defined so far.
 * - `inputs`: each defined state's input type, by name (for targets that loop back).
 * - `results`: each Task state's result type (what its resource returns), by name (for typed mocks).
 * - `exits`: the types that leave the workflow at a state that ends it successfully (Succeed, and the
 *   open ends, which `toAsl()` ends); with `out`, the workflow's output.
 * - `ahead`: targets named before their state exists, each `[name, type arriving there]`.
 * - `vars`: the workflow variables assigned so far (`Assign`), by name, with their types.
 * - `lang`: the query language of states that do not set their own (`QueryLanguage`).
 * - `scope`: what templates read besides their input; its `~input` is the execution's input.
 */
export interface Flow {
  readonly input: unknown;
  readonly out: unknown;
  readonly names: string;
  readonly inputs: object;
  readonly results: object;
  readonly exits: unknown;
  readonly ahead: readonly [string, unknown];
  readonly vars: object;
  readonly lang: QueryLanguage;
  readonly scope: Scope<unknown, object>;
}

/**
 * What a payload template or expression reads besides its input: the workflow input `In` (for
 * `$$.Execution.Input`) and the variables `Vars` (for `$name`). One type per input and variables, kept
 * in the record, so the types built from it are shared by the states that see the same variables.
 */
export interface Scope<In, Vars> {
  readonly '~input': In;
  readonly '~vars': Vars;
}

/**
 * The record of a chain that has no state yet, whose states get `In`. In a Parallel branch or Map
 * processor, `Vars` are the outer variables and `ExecIn` is the execution's input (`$$.Execution.Input`),
 * which differs from the branch's input.
 */
export interface Start<In, Vars extends object = object, Lang extends QueryLanguage = 'JSONPath', ExecIn = In> {
  readonly input: In;
  readonly out: In;
  readonly names: never;
  readonly inputs: object;
  readonly results: object;
  readonly exits: never;
  readonly ahead: never;
  readonly vars: Vars;
  readonly lang: Lang;
  readonly scope: Scope<ExecIn, Vars>;
}

/**
 * Builds a record from its fields, each resolved when the record is built (every argument is, at each
 * step: see DESIGN.md). Only `out` goes through `infer`: without it the field stays a reference to the
 * calling method's type arguments, and a literal (a Pass `result: 1`) widens when a Choice branch's
 * record is inferred. Inferring every field, as an earlier version did, cost a fifth of a long chain.
 * `ExecIn` is the execution's input, which `$$.Execution.Input` reads (in a branch, not `In`).
 */
export type Rebuild<In, Out, Names extends string, Inputs extends object, Results extends object, Exits, Ahead extends readonly [string, unknown], Vars extends object = object, Lang extends QueryLanguage = 'JSONPath', ExecIn = In> = [Out] extends [infer O] ? {
  readonly input: In;
  readonly out: O;
  readonly names: Names;
  readonly inputs: Inputs;
  readonly results: Results;
  readonly exits: Exits;
  readonly ahead: Ahead;
  readonly vars: Vars;
  readonly lang: Lang;
  readonly scope: Scope<ExecIn, Vars>;
} : never;

/** The targets named but not defined yet. */
export type Pending<X extends Flow> = X['ahead'][0];

/** What arrives at a new state `N`: the chain's output, and whatever earlier targets sent to `N`. */
export type Arriving<X extends Flow, N extends string> =
  [X['ahead']] extends [never] ? X['out'] : X['out'] | ArrivalsAt<X['ahead'], N>;

type ArrivalsAt<A, N extends string> = A extends readonly [N, infer T] ? T : never;

/**
 * The record after state `N` (reached by `In`) is added, with `Out` flowing on; a Task gives its
 * result type `R`, a Succeed state the type `E` leaving the workflow; `V` are the variables after it.
 */
export type AddState<X extends Flow, N extends string, In, Out, R = never, E = never, V extends object = X['vars']> = Rebuild<
  X['input'],
  Out,
  X['names'] | N,
  X['inputs'] & Entry<N, In>,
  [R] extends [never] ? X['results'] : X['results'] & Entry<N, R>,
  // Resolved through `infer` as `out` is: a Succeed's JSONata output, left a reference, hit TS2589 in a Parallel branch.
  [E] extends [never] ? X['exits'] : [E] extends [infer Resolved] ? X['exits'] | Resolved : never,
  [X['ahead']] extends [never] ? never : Exclude<X['ahead'], readonly [N, unknown]>,
  V,
  X['lang'],
  X['scope']['~input']
>;

/**
 * One state's entry in `inputs` or `results`. TypeScript walks the whole record at every step; one
 * mapped type costs one instantiation per entry where `Readonly<Record<…>>` costs two.
 */
// eslint-disable-next-line @typescript-eslint/consistent-indexed-object-style -- see above
type Entry<N extends string, V> = { readonly [K in N]: V };

/** The record after the open ends go to target `N` (defined or ahead), sending `T` there. */
export type GoTo<X extends Flow, N extends string, T> = Rebuild<
  X['input'],
  never,
  X['names'],
  X['inputs'],
  X['results'],
  X['exits'],
  N extends X['names'] ? X['ahead'] : X['ahead'] | readonly [N, T],
  X['vars'],
  X['lang'],
  X['scope']['~input']
>;
