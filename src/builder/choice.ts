import type { Condition, Conditions } from './conditions.js';
import type { AltsOf, Narrow, Refinements } from './narrow.js';
import type { CheckTarget, TargetName } from './names.js';
import type { FlowOf, Joinable } from './join.js';
import type { Flow, GoTo, Rebuild, Scope } from './record.js';
import type { Workflow } from './workflow.js';
import type { Select } from './data-flow.js';
import type { AslTypeError, ReadPathOption } from '../paths/types/index.js';
import type { QueryLanguage } from '../asl/index.js';
import type { CheckJsonata, JsonataOutput, JsonataTemplate, StatesScope } from './jsonata.js';
import type { CheckTemplate, PayloadTemplate, TemplateOutput } from './template.js';
import type { Assigned, MergedVars } from './variables.js';

/**
 * The options of a Choice state (JSONPath) whose input is `In`: the rules read the effective input
 * (after `inputPath`); `outputPath` selects in it what flows on. Each path must select a node (`null`: `{}`).
 */
export interface ChoiceOptions<In, IP extends string | null, OP extends string | null> {
  readonly comment?: string;
  readonly inputPath?: ReadPathOption<In, IP>;
  readonly outputPath?: ReadPathOption<SelectPath<In, IP>, OP>;
}

/** The options of one Choice rule. */
export interface RuleOptions {
  /** The rule's `Comment`. */
  readonly comment?: string;
}

/**
 * What the options of a Choice state's rules read: the state's query language `L`, the input `In`
 * (JSONPath: the effective input; JSONata: `$states.input`) and the scope `W` from before the state.
 */
export interface RuleScope<L extends QueryLanguage = QueryLanguage, In = unknown, W = unknown> {
  readonly lang: L;
  readonly input: In;
  readonly scope: W;
}

/**
 * The options of a rule of a Choice state whose rules read `R` (a {@link RuleScope}): `assign` (in
 * JSONPath a payload template reading the effective input, in JSONata values or expressions) and, in
 * JSONata, `output`; both replace the state's when the rule matches.
 */
export interface RuleOptionsOf<R extends RuleScope, A, O> extends RuleOptions {
  /** Variables to set when this rule matches, in place of the state's `assign`. */
  readonly assign?: A & CheckRuleAssign<R, A>;
  /** JSONata: what the next state receives when this rule matches, in place of the state's `output`. */
  readonly output?: O & CheckRuleOutput<R, O>;
}

type CheckRuleAssign<R extends RuleScope, A> = R['lang'] extends 'JSONata' ? CheckJsonata<StatesScope<R['input'], never, R['scope']>, A> : CheckTemplate<R['input'], R['scope'], A>;
type CheckRuleOutput<R extends RuleScope, O> = R['lang'] extends 'JSONata'
  ? CheckJsonata<StatesScope<R['input'], never, R['scope']>, O>
  : AslTypeError<'output is a JSONata field: a JSONPath rule passes on the input (see the state\'s outputPath)'>;

/** What a rule with output `O` sends on (`Default`: the choice's output, narrowed by the rule's condition). */
export type RuleOutput<R extends RuleScope, O, Default> = [O] extends [undefined] ? Default : JsonataOutput<StatesScope<R['input'], never, R['scope']>, O>;

/** The variables after a rule with `assign` `A` matched (its assignments replace the state's), else `Vars`. */
export type RuleVars<R extends RuleScope, A, Vars extends object> = [A] extends [undefined] ? Vars
  : Assigned<VarsBefore<R['scope']>, R['lang'] extends 'JSONata' ? JsonataOutput<StatesScope<R['input'], never, R['scope']>, A> : TemplateOutput<R['input'], R['scope'], A>>;
type VarsBefore<W> = W extends Scope<unknown, infer V extends object> ? V : object;

/** Record `X` after a rule with `assign` `A` went to a target: its variables joined to the choice's (either may have assigned them). */
type AfterRuleTarget<X extends Flow, R extends RuleScope, A> = [A] extends [undefined] ? X
  : Rebuild<X['input'], X['out'], X['names'], X['inputs'], X['results'], X['exits'], X['ahead'], MergedVars<X['vars'], RuleVars<R, A, X['vars']>>, X['lang'], X['scope']['~input']>;

/** What path `P` selects in `T` (`'$'`, the default, is `T` itself). */
export type SelectPath<T, P> = [P] extends ['$'] ? T : Select<T, P>;

/** The record a branch starts from: the choice's record, with the narrowed input flowing (and the rule's variables `V`). */
export type BranchStart<X extends Flow, T, V extends object = X['vars']> = Rebuild<X['input'], T, X['names'], X['inputs'], X['results'], X['exits'], X['ahead'], V, X['lang'], X['scope']['~input']>;

/** The choice's record after a branch: the branch's names and targets, its open ends added to the choice's, its variables merged. */
export type AfterBranch<X extends Flow, Y extends Flow> = Rebuild<X['input'], X['out'] | Y['out'], Y['names'], Y['inputs'], Y['results'], Y['exits'], Y['ahead'], MergedVars<X['vars'], Y['vars']>, X['lang'], X['scope']['~input']>;

/** The choice's record after a rule that goes to target `N` with `T`. */
// `ahead` is resolved here (infer): left as a reference to GoTo, a rule with options going to a later
// state hit TS2589 once the record stopped resolving every field.
export type AfterTarget<X extends Flow, N extends string, T> = [GoTo<X, N, T>['ahead']] extends [infer A extends readonly [string, unknown]]
  ? Rebuild<X['input'], X['out'], X['names'], X['inputs'], X['results'], X['exits'], A, X['vars'], X['lang'], X['scope']['~input']>
  : never;

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
export interface ChoiceBuilder<in out X extends Flow, in out T, in out OP = '$', in out R extends RuleScope = RuleScope<'JSONPath', T, X['scope']>> extends Conditions<T, VarsBefore<R['scope']>> {
  /** The type record, for the types only. */
  readonly '~flow'?: X;
  /**
   * A rule whose match continues in `branch`, on the input narrowed by the condition, with options:
   * its `comment`, and `assign` (in JSONata also `output`), which replace the state's when it matches.
   */
  when<C extends Condition<Refinements>, const B extends Joinable, const A extends PayloadTemplate | undefined = undefined, const O extends JsonataTemplate | undefined = undefined>(
    condition: C,
    branch: (chain: Workflow<BranchStart<X, RuleOutput<R, O, SelectPath<Narrow<T, AltsOf<C>>, OP>>, RuleVars<R, A, X['vars']>>>) => B,
    options: RuleOptionsOf<R, A, O>,
  ): ChoiceBuilder<AfterBranch<X, FlowOf<B>>, T, OP, R>;
  /** A rule with options going to state `target`; the variables its `assign` sets join the choice's. */
  when<C extends Condition<Refinements>, const N extends TargetName<X>, const A extends PayloadTemplate | undefined = undefined, const O extends JsonataTemplate | undefined = undefined>(
    condition: C,
    target: CheckTarget<N, X, RuleOutput<R, O, SelectPath<Narrow<T, AltsOf<C>>, OP>>>,
    options: RuleOptionsOf<R, A, O>,
  ): ChoiceBuilder<AfterRuleTarget<AfterTarget<X, N, RuleOutput<R, O, SelectPath<Narrow<T, AltsOf<C>>, OP>>>, R, A>, T, OP, R>;
  /** A rule whose match continues in `branch`, on the input narrowed by the condition. */
  when<C extends Condition<Refinements>, const B extends Joinable>(
    condition: C,
    branch: (chain: Workflow<BranchStart<X, SelectPath<Narrow<T, AltsOf<C>>, OP>>>) => B,
  ): ChoiceBuilder<AfterBranch<X, FlowOf<B>>, T, OP, R>;
  /** A rule whose match goes to state `target` (defined already, whose input must accept the narrowed input, or later). */
  when<C extends Condition<Refinements>, const N extends TargetName<X>>(
    condition: C,
    target: CheckTarget<N, X, SelectPath<Narrow<T, AltsOf<C>>, OP>>,
  ): ChoiceBuilder<AfterTarget<X, N, SelectPath<Narrow<T, AltsOf<C>>, OP>>, T, OP, R>;
  /** The default: the state chained after the choice. */
  otherwise(): ChoiceBuilder<Rebuild<X['input'], X['out'] | SelectPath<T, OP>, X['names'], X['inputs'], X['results'], X['exits'], X['ahead'], X['vars'], X['lang'], X['scope']['~input']>, T, OP, R>;
  /** The default: state `target`. */
  otherwise<const N extends TargetName<X>>(target: CheckTarget<N, X, SelectPath<T, OP>>): ChoiceBuilder<AfterTarget<X, N, SelectPath<T, OP>>, T, OP, R>;
}
