import type { Condition, Conditions } from './conditions.js';
import type { AltsOf, Narrow, Refinements } from './narrow.js';
import type { CheckTarget, TargetName } from './names.js';
import type { FlowOf, Joinable } from './join.js';
import type { Flow, GoTo, Rebuild } from './record.js';
import type { Workflow } from './workflow.js';
import type { Select } from './data-flow.js';
import type { CheckReferencePath } from '../paths/types/index.js';

/**
 * The options of a Choice state (JSONPath) whose input is `In`: the rules read the effective input
 * (after `inputPath`); `outputPath` selects in it what flows on. Each path must select a node (`null`: `{}`).
 */
export interface ChoiceOptions<In, IP extends string | null, OP extends string | null> {
  readonly comment?: string;
  readonly inputPath?: CheckPathArgument<In, IP>;
  readonly outputPath?: CheckPathArgument<SelectPath<In, IP>, OP>;
}

/** `P` when it is `null` or a Reference Path that selects a node of `T`, else a `PathError` (checked only when given). */
type CheckPathArgument<T, P extends string | null> = P extends string ? CheckReferencePath<T, P> : P;

/** The options of one Choice rule. */
export interface RuleOptions {
  /** The rule's `Comment`. */
  readonly comment?: string;
}

/** What path `P` selects in `T` (`'$'`, the default, is `T` itself). */
export type SelectPath<T, P> = [P] extends ['$'] ? T : Select<T, P>;
import type { MergedVars } from './variables.js';

/** The record a branch starts from: the choice's record, with the narrowed input flowing. */
export type BranchStart<X extends Flow, T> = Rebuild<X['input'], T, X['names'], X['inputs'], X['results'], X['exits'], X['ahead'], X['vars'], X['lang']>;

/** The choice's record after a branch: the branch's names and targets, its open ends added to the choice's, its variables merged. */
export type AfterBranch<X extends Flow, Y extends Flow> = Rebuild<X['input'], X['out'] | Y['out'], Y['names'], Y['inputs'], Y['results'], Y['exits'], Y['ahead'], MergedVars<X['vars'], Y['vars']>, X['lang']>;

/** The choice's record after a rule that goes to target `N` with `T`. */
export type AfterTarget<X extends Flow, N extends string, T> = Rebuild<X['input'], X['out'], X['names'], X['inputs'], X['results'], X['exits'], GoTo<X, N, T>['ahead'], X['vars'], X['lang']>;

/**
 * The rules of a Choice state whose effective input is `T`, with the condition builders of {@link Conditions}.
 * `X` is the record so far; its `out` collects what flows on after the choice: the (narrowed) input,
 * as the choice's `outputPath` `OP` selects it.
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
 *     .otherwise())
 *   .succeed('Many');
 * console.log(wf.toJson());
 * ```
 */
export interface ChoiceBuilder<X extends Flow, T, OP = '$'> extends Conditions<T> {
  /** The type record, for the types only. */
  readonly '~flow'?: X;
  /** A rule whose match continues in `branch`, on the input narrowed by the condition. */
  when<C extends Condition<Refinements>, const B extends Joinable>(
    condition: C,
    branch: (chain: Workflow<BranchStart<X, SelectPath<Narrow<T, AltsOf<C>>, OP>>>) => B,
    options?: RuleOptions,
  ): ChoiceBuilder<AfterBranch<X, FlowOf<B>>, T, OP>;
  /** A rule whose match goes to state `target` (defined already, whose input must accept the narrowed input, or later). */
  when<C extends Condition<Refinements>, const N extends TargetName<X>>(
    condition: C,
    target: CheckTarget<N, X, SelectPath<Narrow<T, AltsOf<C>>, OP>>,
    options?: RuleOptions,
  ): ChoiceBuilder<AfterTarget<X, N, SelectPath<Narrow<T, AltsOf<C>>, OP>>, T, OP>;
  /** The default: the state chained after the choice. */
  otherwise(): ChoiceBuilder<Rebuild<X['input'], X['out'] | SelectPath<T, OP>, X['names'], X['inputs'], X['results'], X['exits'], X['ahead'], X['vars'], X['lang']>, T, OP>;
  /** The default: state `target`. */
  otherwise<const N extends TargetName<X>>(target: CheckTarget<N, X, SelectPath<T, OP>>): ChoiceBuilder<AfterTarget<X, N, SelectPath<T, OP>>, T, OP>;
}
