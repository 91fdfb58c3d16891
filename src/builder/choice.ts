import type { AnyCondition, Conditions } from './conditions.js';
import type { ExclOf, Without } from './exclude.js';
import type { AltsOf, Narrow, Refinements } from './narrow.js';
import type { CheckTarget, TargetName } from './names.js';
import type { FlowOf, Joinable } from './join.js';
import type { Flow, GoTo, Rebuild } from './record.js';
import type { Workflow } from './workflow.js';

/** The record a branch starts from: the choice's record, with the narrowed input flowing. */
export type BranchStart<X extends Flow, T> = Rebuild<X['input'], T, X['names'], X['inputs'], X['results'], X['exits'], X['ahead']>;

/** The choice's record after a branch: the branch's names and targets, its open ends added to the choice's. */
export type AfterBranch<X extends Flow, Y extends Flow> = Rebuild<X['input'], X['out'] | Y['out'], Y['names'], Y['inputs'], Y['results'], Y['exits'], Y['ahead']>;

/** The choice's record after a rule that goes to target `N` with `T`. */
export type AfterTarget<X extends Flow, N extends string, T> = Rebuild<X['input'], X['out'], X['names'], X['inputs'], X['results'], X['exits'], GoTo<X, N, T>['ahead']>;

/**
 * The rules of a Choice state whose input is `T`, with the condition builders of {@link Conditions}.
 * `X` is the record so far; its `out` collects what flows on after the choice. `E` lists what the
 * rules so far matched exactly (equality with one literal, `true` type tests; see `Excluding`): the
 * default is reached by `T` without it.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 *
 * const wf = workflow('Orders', { input: z.object({ kind: z.enum(['big', 'small']), qty: z.number() }) })
 *   .choice('Which?', (c) => c
 *     .when(c.stringEquals('$.kind', 'big'), (b) => b.pass('Big', { result: 'big', resultPath: '$.label' }))
 *     .when(c.numericGreaterThan('$.qty', 100), 'Many')
 *     .otherwise())   // the default's input has kind: 'small'
 *   .succeed('Many');
 * console.log(wf.toJson());
 * ```
 */
export interface ChoiceBuilder<X extends Flow, T, E extends Refinements = []> extends Conditions<T> {
  /** The type record, for the types only. */
  readonly '~flow'?: X;
  /** A rule whose match continues in `branch`, on the input narrowed by the condition. */
  when<C extends AnyCondition, const B extends Joinable>(
    condition: C,
    branch: (chain: Workflow<BranchStart<X, Narrow<T, AltsOf<C>>>>) => B,
  ): ChoiceBuilder<AfterBranch<X, FlowOf<B>>, T, [...E, ...ExclOf<C>]>;
  /** A rule whose match goes to state `target` (defined already, whose input must accept the narrowed input, or later). */
  when<C extends AnyCondition, const N extends TargetName<X>>(
    condition: C,
    target: CheckTarget<N, X, Narrow<T, AltsOf<C>>>,
  ): ChoiceBuilder<AfterTarget<X, N, Narrow<T, AltsOf<C>>>, T, [...E, ...ExclOf<C>]>;
  /** The default: the state chained after the choice, reached by `T` without what the rules matched. */
  otherwise(): ChoiceBuilder<Rebuild<X['input'], X['out'] | Without<T, E>, X['names'], X['inputs'], X['results'], X['exits'], X['ahead']>, T, E>;
  /** The default: state `target`, reached by `T` without what the rules matched. */
  otherwise<const N extends TargetName<X>>(target: CheckTarget<N, X, Without<T, E>>): ChoiceBuilder<AfterTarget<X, N, Without<T, E>>, T, E>;
}
