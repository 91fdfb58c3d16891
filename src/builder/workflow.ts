import type { z } from 'zod';
import type { JsonValue, StateMachine } from '../asl/index.js';
import type { AslTypeError, ReadPathOption, ReferencePaths, ReferencePathsTo, SetAt, WritePathOption } from '../paths/types/index.js';
import type { ChoiceBuilder, ChoiceOptions, RuleScope, SelectPath } from './choice.js';
import type { ContextObject } from './context-object.js';
import type { Effective, Output, OutputPathOption, PassResult, ResultOf, Select, Selected, SelectOutput } from './data-flow.js';
import type { FailOptions } from './fail.js';
import type { CheckJoin, FlowOf, Join, Joinable } from './join.js';
import type { CheckName, CheckTarget, TargetName } from './names.js';
import type { PassOptions } from './pass.js';
import type { AddState, Arriving, Flow, GoTo, Pending } from './record.js';
import type { SucceedOptions } from './succeed.js';
import type { TaskOptions } from './task.js';
import type { CheckTemplate, PayloadTemplate, TemplateOutput } from './template.js';
import type { WaitOptions } from './wait.js';
import type { AfterCatch, CatchOptions, CheckCatch } from './catch.js';
import type { BranchOutput, BranchOutputs, CheckBranches, ParallelOptions, WithInner } from './parallel.js';
import type { ItemOf, IterationInput, MapOptions } from './map.js';
import type { Batched, DistributedFields, DistributedOnly, ItemBatcherOptions, ItemReaderOptions, MapItem, ResultWriterOptions, WrittenResult } from './map-distributed.js';
import type { Rebuild, Start } from './record.js';
import type { MapItemScope } from './map.js';
import type { JsonataOutput, JsonataTemplate, StatesScope } from './jsonata.js';
import type {
  JsonataChoiceOptions, JsonataFailOptions, JsonataMapOptions, JsonataParallelOptions, JsonataPassOptions, JsonataSucceedOptions, JsonataTaskOptions, JsonataWaitOptions,
} from './jsonata-options.js';
import type { Assigned } from './variables.js';

/** An `inputPath`/`outputPath` argument: a path into `T`, or `null` for `{}`. */
export type PathArgument<T> = ReferencePaths<T> | null;

/** A Fail state's `errorPath`/`causePath`: a path to a string in the input or the context object, or an intrinsic. */
export type FailPath<T, W> = ReferencePathsTo<T, string> | `$${ReferencePathsTo<ContextObject<W>, string>}` | `States.${string}`;
/** The `queryLanguage` and `assign` options of a JSONPath state: `assign` is a payload template read from `AssignIn`. */
export interface JsonPathAssign<Q, AssignIn, W, A> {
  /** `'JSONPath'` (the default, except in a JSONata workflow) or `'JSONata'`. */
  readonly queryLanguage?: Q;
  /** Workflow variables to set when the state completes: a payload template (`"name.$": "$.path"`) read from the state's result. */
  readonly assign?: A & CheckTemplate<AssignIn, W, A>;
}

/** The variables of chain `X` after a JSONPath `assign` `A` read from `AssignIn`. */
export type AssignedJsonPath<X extends Flow, AssignIn, A> = [A] extends [PayloadTemplate] ? Assigned<X['vars'], TemplateOutput<AssignIn, X['scope'], A>> : X['vars'];

/** The variables of chain `X` after a JSONata `assign` `A` evaluated in scope `S`. */
export type AssignedJsonata<X extends Flow, S, A> = [A] extends [PayloadTemplate] ? Assigned<X['vars'], JsonataOutput<S, A>> : X['vars'];

/**
 * A JSONata state's output: the `output` template `O` in scope `S`, else `Default`. (While a branch
 * is typed, `O` may still be its whole constraint, which holds `undefined`: `Default`, not a walk
 * through every template, which TypeScript gave up on with TS2589.)
 */
export type JsonataResult<S, O, Default> = undefined extends O ? Default : JsonataOutput<S, O>;

type JsonataItems<X extends Flow, N extends string, JI> = [JI] extends [undefined] ? Arriving<X, N> : JsonataOutput<StatesScope<Arriving<X, N>, never, X['scope']>, JI>;
/** The type of an item of a JSONata Map state's `items` (default: the input). */
export type JsonataItem<X extends Flow, N extends string, JI> = JsonataItems<X, N, JI> extends readonly (infer I)[] ? I : unknown;
/**
 * What each iteration of a JSONata Map state receives: the item, or what `itemSelector` builds. (While
 * the processor is typed, `IS` may still be its whole constraint, which holds `undefined`: the item.)
 */
export type JsonataIterationInput<X extends Flow, N extends string, JI, IS> = undefined extends IS
  ? JsonataItem<X, N, JI>
  : JsonataOutput<StatesScope<Arriving<X, N>, never, MapItemScope<X['scope'], JsonataItem<X, N, JI>>>, IS>;

/** `unknown` when every target has been defined, else an error naming the missing ones (on `this`). */
export type Complete<X extends Flow> = [Pending<X>] extends [never] ? unknown : AslTypeError<`Target "${Pending<X>}" is never defined`>;

/**
 * A workflow (or a fragment of one) being built: each method adds a state after the chain's open
 * ends and returns a new, frozen builder; nothing mutates. The type parameter is the record of what
 * the types know (see {@link Flow}); `OutputOf<typeof wf>` shows the type flowing on.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 *
 * const hello = workflow('Hello', { input: z.object({ who: z.string() }) })
 *   .pass('Greet', { parameters: { 'greeting.$': "States.Format('Hello, {}!', $.who)" } })
 *   .succeed('Done');
 * console.log(hello.toJson());
 * ```
 */
export interface Workflow<X extends Flow> {
  /** The type record, for the types only (never set at run time). */
  readonly '~flow'?: X;
  /** The workflow's name (`undefined` for a fragment). */
  readonly name: string | undefined;

  /**
   * Adds a Pass state: its `result` (or effective input) written at `resultPath`. In JSONata
   * (`queryLanguage: 'JSONata'`, or a JSONata workflow) its `output` (default: the input).
   */
  pass<
    const N extends string,
    const IP extends string | null = '$',
    const P extends PayloadTemplate | undefined = undefined,
    const R extends JsonValue | undefined = undefined,
    const RP extends string | null = '$',
    const OP extends string | null = '$',
    const A extends PayloadTemplate | undefined = undefined,
    const Q extends X['lang'] | 'JSONata' = X['lang'],
    const O extends JsonataTemplate | undefined = undefined,
  >(
    name: CheckName<N, X>,
    options?: Q extends 'JSONata'
      ? JsonataPassOptions<Q, StatesScope<Arriving<X, N>, never, X['scope']>, O, A>
      : PassOptions<Arriving<X, N>, Select<Arriving<X, N>, IP>, X['scope'], IP, P, R, RP, OP, Q, A, CheckTemplate<PassResult<Effective<Arriving<X, N>, X['scope'], IP, P>, R>, X['scope'], A>>,
  ): Workflow<Q extends 'JSONata'
    ? AddState<X, N, Arriving<X, N>, JsonataResult<StatesScope<Arriving<X, N>, never, X['scope']>, O, Arriving<X, N>>, never, never, AssignedJsonata<X, StatesScope<Arriving<X, N>, never, X['scope']>, A>>
    : AddState<X, N, Arriving<X, N>, Output<Arriving<X, N>, PassResult<Effective<Arriving<X, N>, X['scope'], IP, P>, R>, RP, OP, X['scope']>, never, never, AssignedJsonPath<X, PassResult<Effective<Arriving<X, N>, X['scope'], IP, P>, R>, A>>>;

  /**
   * Adds a Task state: its result (typed by the `result` schema) written at `resultPath`. In JSONata
   * the task receives `arguments` (default: the input) and the state's output is `output` (default:
   * the result, `$states.result`).
   */
  task<
    const N extends string,
    const IP extends string | null = '$',
    const P extends PayloadTemplate | undefined = undefined,
    S extends z.ZodType | undefined = undefined,
    const RS extends PayloadTemplate | undefined = undefined,
    const RP extends string | null = '$',
    const OP extends string | null = '$',
    const C extends readonly CatchOptions[] = [],
    const A extends PayloadTemplate | undefined = undefined,
    const Q extends X['lang'] | 'JSONata' = X['lang'],
    const G extends JsonataTemplate | undefined = undefined,
    const O extends JsonataTemplate | undefined = undefined,
  >(
    name: CheckName<N, X>,
    options: Q extends 'JSONata'
      ? JsonataTaskOptions<Q, StatesScope<Arriving<X, N>, never, X['scope']>, StatesScope<Arriving<X, N>, ResultOf<S>, X['scope']>, G, S, O, A, C & CheckCatch<X, Arriving<X, N>, C, 'JSONata'>>
      : TaskOptions<Arriving<X, N>, Select<Arriving<X, N>, IP>, X['scope'], IP, P, S, RS, RP, OP, C & CheckCatch<X, Arriving<X, N>, C>, Q, A, CheckTemplate<Selected<ResultOf<S>, X['scope'], RS>, X['scope'], A>>,
  ): Workflow<AfterCatch<Q extends 'JSONata'
    ? AddState<X, N, Arriving<X, N>, JsonataResult<StatesScope<Arriving<X, N>, ResultOf<S>, X['scope']>, O, ResultOf<S>>, ResultOf<S>, never, AssignedJsonata<X, StatesScope<Arriving<X, N>, ResultOf<S>, X['scope']>, A>>
    : AddState<X, N, Arriving<X, N>, Output<Arriving<X, N>, Selected<ResultOf<S>, X['scope'], RS>, RP, OP, X['scope']>, ResultOf<S>, never, AssignedJsonPath<X, Selected<ResultOf<S>, X['scope'], RS>, A>>, Arriving<X, N>, C, X['scope'], Q>>;

  /**
   * Adds a Parallel state. `branches` gets a fresh chain whose input is the state's effective input
   * and returns the branches built on it, `(b) => [b.task(…), b.pass(…)]`; the result is the tuple of
   * what each branch gives back, written at `resultPath`. State names are unique across the machine.
   * The branches read the variables assigned before; what they assign stays inside them. In JSONata
   * each branch receives `arguments` (default: the input); the output is `output` (default: the result).
   */
  parallel<
    const N extends string,
    const B extends readonly [Joinable, ...Joinable[]],
    const IP extends ReferencePaths<Arriving<X, N>> | null = '$',
    const P extends PayloadTemplate | undefined = undefined,
    const RS extends PayloadTemplate | undefined = undefined,
    const RP extends string | null = '$',
    const OP extends ReferencePaths<SetAt<Arriving<X, N>, RP, Selected<BranchOutputs<B>, X['scope'], RS>>> | `$$${string}` | null = '$',
    const C extends readonly CatchOptions[] = [],
    const A extends PayloadTemplate | undefined = undefined,
    const Q extends X['lang'] | 'JSONata' = X['lang'],
    const G extends JsonataTemplate | undefined = undefined,
    const O extends JsonataTemplate | undefined = undefined,
  >(
    name: CheckName<N, X>,
    branches: (branch: Workflow<Start<Q extends 'JSONata' ? JsonataResult<StatesScope<Arriving<X, N>, never, X['scope']>, G, Arriving<X, N>> : Effective<Arriving<X, N>, X['scope'], IP, P>, X['vars'], X['lang'], X['scope']['~input']>>) => B & CheckBranches<B, X['names'] | N>,
    options?: Q extends 'JSONata'
      ? JsonataParallelOptions<Q, StatesScope<Arriving<X, N>, never, X['scope']>, StatesScope<Arriving<X, N>, BranchOutputs<B>, X['scope']>, G, O, A, C & CheckCatch<X, Arriving<X, N>, C, 'JSONata'>>
      : ParallelOptions<Select<Arriving<X, N>, IP>, X['scope'], ReadPathOption<Arriving<X, N>, IP>, P, RS, WritePathOption<Arriving<X, N>, RP>, OutputPathOption<SetAt<Arriving<X, N>, RP, Selected<BranchOutputs<B>, X['scope'], RS>>, OP, X['scope']>, C & CheckCatch<X, Arriving<X, N>, C>, BranchOutputs<B>> & JsonPathAssign<Q, Selected<BranchOutputs<B>, X['scope'], RS>, X['scope'], A>,
  ): Workflow<AfterCatch<WithInner<Q extends 'JSONata'
    ? AddState<X, N, Arriving<X, N>, JsonataResult<StatesScope<Arriving<X, N>, BranchOutputs<B>, X['scope']>, O, BranchOutputs<B>>, never, never, AssignedJsonata<X, StatesScope<Arriving<X, N>, BranchOutputs<B>, X['scope']>, A>>
    : AddState<X, N, Arriving<X, N>, Output<Arriving<X, N>, Selected<BranchOutputs<B>, X['scope'], RS>, RP, OP, X['scope']>, never, never, AssignedJsonPath<X, Selected<BranchOutputs<B>, X['scope'], RS>, A>>, B>, Arriving<X, N>, C, X['scope'], Q>>;

  /**
   * Adds a Map state: for each item of the array at `itemsPath` (in the effective input), `processor`
   * runs its states on the item (or on what `itemSelector` builds, where `$$.Map.Item.Value` is the
   * item); over an object, each key-value pair is an item, given as `{ Key, Value }` (and as
   * `$$.Map.Item.Key`/`Value`); the result is the array of what the processor gives back, written at `resultPath`. In
   * `DISTRIBUTED` mode `itemReader` reads the items from S3, `itemBatcher` gives each child a batch
   * `{ Items, BatchInput }`, and `resultWriter` exports the results to S3 (the result is then where).
   * The processor reads the variables assigned before; what it assigns stays inside it. In JSONata the
   * items are `items` (an array or an expression; default: the input) and `$states.context.Map.Item`
   * is typed in `itemSelector`; the output is `output` (default: the result).
   */
  map<
    const N extends string,
    const B extends Joinable,
    const IP extends ReferencePaths<Arriving<X, N>> | null = '$',
    const IT extends ReferencePathsTo<Select<Arriving<X, N>, IP>, object> = never,
    const IS extends PayloadTemplate | undefined = undefined,
    const RS extends PayloadTemplate | undefined = undefined,
    const RP extends string | null = '$',
    const OP extends ReferencePaths<SetAt<Arriving<X, N>, RP, Selected<WrittenResult<BranchOutput<B>[], RW>, X['scope'], RS>>> | `$$${string}` | null = '$',
    const C extends readonly CatchOptions[] = [],
    const IR extends ItemReaderOptions | undefined = undefined,
    const IB extends ItemBatcherOptions | undefined = undefined,
    const RW extends ResultWriterOptions | undefined = undefined,
    const A extends PayloadTemplate | undefined = undefined,
    const Q extends X['lang'] | 'JSONata' = X['lang'],
    const JI extends JsonataTemplate | undefined = undefined,
    const O extends JsonataTemplate | undefined = undefined,
    const JIS extends JsonataTemplate | undefined = undefined,
  >(
    name: CheckName<N, X>,
    options: Q extends 'JSONata'
      ? JsonataMapOptions<
        Q, StatesScope<Arriving<X, N>, never, X['scope']>, StatesScope<Arriving<X, N>, never, MapItemScope<X['scope'], JsonataItem<X, N, JI>>>,
        StatesScope<Arriving<X, N>, BranchOutput<B>[], X['scope']>, JI, JIS, O, A, C & CheckCatch<X, Arriving<X, N>, C, 'JSONata'>,
        (item: Workflow<Start<JsonataIterationInput<X, N, JI, JIS>, X['vars'], X['lang'], X['scope']['~input']>>) => B & CheckBranches<[B], X['names'] | N>
      >
      : MapOptions<
        Select<Arriving<X, N>, IP>, X['scope'], MapItem<IR, ItemOf<Select<Arriving<X, N>, IP>, IT>>, ReadPathOption<Arriving<X, N>, IP>, IT, IS, RS, WritePathOption<Arriving<X, N>, RP>,
        OutputPathOption<SetAt<Arriving<X, N>, RP, Selected<WrittenResult<BranchOutput<B>[], RW>, X['scope'], RS>>, OP, X['scope']>,
        C & CheckCatch<X, Arriving<X, N>, C>, WrittenResult<BranchOutput<B>[], RW>,
        (item: Workflow<Start<Batched<Select<Arriving<X, N>, IP>, X['scope'], IterationInput<Select<Arriving<X, N>, IP>, X['scope'], MapItem<IR, ItemOf<Select<Arriving<X, N>, IP>, IT>>, IS>, IB>, X['vars'], X['lang'], X['scope']['~input']>>) => B & CheckBranches<[B], X['names'] | N>
      > & DistributedFields<Select<Arriving<X, N>, IP>, X['scope'], IR, IB, RW> & DistributedOnly<IR, IB, RW> & JsonPathAssign<Q, Selected<WrittenResult<BranchOutput<B>[], RW>, X['scope'], RS>, X['scope'], A>,
  ): Workflow<AfterCatch<WithInner<Q extends 'JSONata'
    ? AddState<X, N, Arriving<X, N>, JsonataResult<StatesScope<Arriving<X, N>, BranchOutput<B>[], X['scope']>, O, BranchOutput<B>[]>, never, never, AssignedJsonata<X, StatesScope<Arriving<X, N>, BranchOutput<B>[], X['scope']>, A>>
    : AddState<X, N, Arriving<X, N>, Output<Arriving<X, N>, Selected<WrittenResult<BranchOutput<B>[], RW>, X['scope'], RS>, RP, OP, X['scope']>, never, never, AssignedJsonPath<X, Selected<WrittenResult<BranchOutput<B>[], RW>, X['scope'], RS>, A>>, [B]>, Arriving<X, N>, C, X['scope'], Q>>;

  /** Adds a Wait state; `secondsPath` must select a number, `timestampPath` a string (in JSONata: `seconds`/`timestamp` values or expressions). */
  wait<
    const N extends string,
    const IP extends string | null = '$',
    const SP extends string = never,
    const TP extends string = never,
    const OP extends string | null = '$',
    const A extends PayloadTemplate | undefined = undefined,
    const Q extends X['lang'] | 'JSONata' = X['lang'],
    const O extends JsonataTemplate | undefined = undefined,
  >(
    name: CheckName<N, X>,
    options: Q extends 'JSONata'
      ? JsonataWaitOptions<Q, StatesScope<Arriving<X, N>, never, X['scope']>, O, A>
      : WaitOptions<IP, SP, TP, OP, Q, A, CheckTemplate<Select<Arriving<X, N>, IP>, X['scope'], A>, Arriving<X, N>, X['scope']>,
  ): Workflow<Q extends 'JSONata'
    ? AddState<X, N, Arriving<X, N>, JsonataResult<StatesScope<Arriving<X, N>, never, X['scope']>, O, Arriving<X, N>>, never, never, AssignedJsonata<X, StatesScope<Arriving<X, N>, never, X['scope']>, A>>
    : AddState<X, N, Arriving<X, N>, SelectOutput<Select<Arriving<X, N>, IP>, OP, X['scope']>, never, never, AssignedJsonPath<X, Select<Arriving<X, N>, IP>, A>>>;

  /** Adds a Succeed state: the chain ends here (successfully). */
  succeed<
    const N extends string,
    const IP extends ReferencePaths<Arriving<X, N>> | null = '$',
    const OP extends ReferencePaths<Select<Arriving<X, N>, IP>> | `$$${string}` | null = '$',
    const Q extends X['lang'] | 'JSONata' = X['lang'],
    const O extends JsonataTemplate | undefined = undefined,
  >(
    name: CheckName<N, X>,
    options?: Q extends 'JSONata' ? JsonataSucceedOptions<Q, StatesScope<Arriving<X, N>, never, X['scope']>, O> : SucceedOptions<ReadPathOption<Arriving<X, N>, IP>, OutputPathOption<Select<Arriving<X, N>, IP>, OP, X['scope']>> & { readonly queryLanguage?: Q },
  ): Workflow<AddState<X, N, Arriving<X, N>, never, never, Q extends 'JSONata' ? JsonataResult<StatesScope<Arriving<X, N>, never, X['scope']>, O, Arriving<X, N>> : SelectOutput<Select<Arriving<X, N>, IP>, OP, X['scope']>>>;

  /** Adds a Fail state: the chain ends here with an error. */
  fail<
    const N extends string,
    const EP extends FailPath<Arriving<X, N>, X['scope']['~input']> = never,
    const CP extends FailPath<Arriving<X, N>, X['scope']['~input']> = never,
    const Q extends X['lang'] | 'JSONata' = X['lang'],
  >(
    name: CheckName<N, X>,
    options?: Q extends 'JSONata' ? JsonataFailOptions<Q> : FailOptions<EP, CP> & { readonly queryLanguage?: Q },
  ): Workflow<AddState<X, N, Arriving<X, N>, never>>;

  /**
   * Adds a Choice state. `build` gets a {@link ChoiceBuilder} and adds rules with `.when(condition,
   * branch)`, where `branch` is a target name or a function that continues the chain on the narrowed
   * input; `.otherwise()` makes the default the next state chained after the choice. The open ends of
   * the branches flow into that next state too. `assign` sets variables whichever way the choice goes,
   * unless the matching rule has its own `assign`; in JSONata a rule's condition is `condition('{% … %}')`
   * and `output` (the state's, or the matching rule's) is what the next state gets.
   */
  choice<
    const N extends string,
    const B extends Joinable,
    const IP extends string | null = '$',
    const OP extends string | null = '$',
    const A extends PayloadTemplate | undefined = undefined,
    const Q extends X['lang'] | 'JSONata' = X['lang'],
    const O extends JsonataTemplate | undefined = undefined,
  >(
    name: CheckName<N, X>,
    build: (choice: ChoiceBuilder<
      AddState<X, N, Arriving<X, N>, never, never, never, Q extends 'JSONata' ? AssignedJsonata<X, StatesScope<Arriving<X, N>, never, X['scope']>, A> : AssignedJsonPath<X, SelectPath<Arriving<X, N>, IP>, A>>,
      Q extends 'JSONata' ? JsonataResult<StatesScope<Arriving<X, N>, never, X['scope']>, O, Arriving<X, N>> : SelectPath<Arriving<X, N>, IP>,
      Q extends 'JSONata' ? '$' : OP,
      Q extends 'JSONata' ? RuleScope<'JSONata', Arriving<X, N>, X['scope']> : RuleScope<'JSONPath', SelectPath<Arriving<X, N>, IP>, X['scope']>
    >) => B,
    options?: Q extends 'JSONata'
      ? JsonataChoiceOptions<Q, StatesScope<Arriving<X, N>, never, X['scope']>, O, A>
      : ChoiceOptions<Arriving<X, N>, IP, OP> & JsonPathAssign<Q, SelectPath<Arriving<X, N>, IP>, X['scope'], A>,
  ): Workflow<FlowOf<B>>;

  /**
   * Ends the chain here: the states at its open ends get `End: true`, and what flows out of them is
   * part of the workflow's output. Chain more states after a Choice whose branches end this way.
   */
  end(): Workflow<Rebuild<X['input'], never, X['names'], X['inputs'], X['results'], X['exits'] | X['out'], X['ahead'], X['vars'], X['lang'], X['scope']['~input']>>;

  /** Sends the open ends to state `target` (defined already, whose input must accept them, or later). */
  goto<const N extends TargetName<X>>(target: CheckTarget<N, X, X['out']>): Workflow<GoTo<X, N, X['out']>>;

  /** Continues with a fragment built on its own (its input must accept what flows on; names stay unique). */
  next<const F extends Joinable>(fragment: F & CheckJoin<X, FlowOf<F>>): Workflow<Join<X, FlowOf<F>>>;

  /**
   * The ASL definition, validated (throws `InvalidDefinitionError` on a problem the types did not
   * catch). `{ validate: false }` skips the check, for a definition with `${Name}` placeholders that a
   * deployment tool substitutes (then validate the substituted result, as `statewright build` does).
   */
  toAsl(this: Complete<X>, options?: ToAslOptions): StateMachine;

  /**
   * `toAsl()` as JSON with a two-space indent and no trailing newline, its keys in a fixed order: the
   * machine's `Comment`, `QueryLanguage`, `StartAt`, `TimeoutSeconds`, `Version`, `States` (in the order
   * the states were added); in each state `Type`, `Comment`, `QueryLanguage`, `Resource`, `InputPath`,
   * `Parameters`, `Credentials`, `Arguments`, `Branches`, `ItemReader`, `ItemsPath`, `Items`, `ItemSelector`, `ItemBatcher`, `ItemProcessor`, `MaxConcurrency`,
   * `ToleratedFailureCount`, `ToleratedFailurePercentage`, `Label`, `ResultWriter`, `Result`, `ResultSelector`, `ResultPath`, `OutputPath`,
   * `Output`, `Assign`, `Seconds`, `SecondsPath`,
   * `Timestamp`, `TimestampPath`, `TimeoutSeconds`, `TimeoutSecondsPath`, `HeartbeatSeconds`,
   * `HeartbeatSecondsPath`, `Choices`, `Default`, `Error`, `ErrorPath`, `Cause`, `CausePath`, `Retry`,
   * `Catch`, then `Next` / `End`; a Choice rule has `Variable`, its operator (or JSONata `Condition`),
   * `And`/`Or`/`Not`, `Comment`, `Assign`, `Output`, `Next`; a retrier `ErrorEquals`, `IntervalSeconds`, `MaxAttempts`,
   * `BackoffRate`, `MaxDelaySeconds`, `JitterStrategy`, `Comment`; a catcher `ErrorEquals`, `ResultPath`, `Output`,
   * `Assign`, `Comment`, `Next`. Payload templates and `Result` keep the order they were written in.
   */
  toJson(this: Complete<X>): string;
}

/** Options of `toAsl()`. */
export interface ToAslOptions {
  /** Check the definition as AWS would (default `true`). */
  readonly validate?: boolean;
}

/**
 * The type flowing out of a workflow's open ends (`never` when every path has ended).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow, type OutputOf } from 'statewright';
 *
 * const wf = workflow('W', { input: z.object({ a: z.number() }) }).pass('P', { result: 'x', resultPath: '$.b' });
 * type Out = OutputOf<typeof wf>; // { a: number; b: 'x' }
 * ```
 */
export type OutputOf<W> = FlowOf<W>['out'];

/**
 * The input type of a workflow or fragment.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow, type InputOf } from 'statewright';
 *
 * const wf = workflow('W', { input: z.object({ a: z.number() }) }).succeed('Done');
 * type In = InputOf<typeof wf>; // { a: number }
 * ```
 */
export type InputOf<W> = FlowOf<W>['input'];

/**
 * The output of a workflow that succeeds: what leaves at its Succeed states and its last states.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow, type WorkflowOutputOf } from 'statewright';
 *
 * const wf = workflow('W', { input: z.object({ id: z.string() }) })
 *   .task('Load', { resource: 'arn:aws:states:::dynamodb:getItem', result: z.object({ ok: z.boolean() }) });
 * type Out = WorkflowOutputOf<typeof wf>; // { ok: boolean }
 * ```
 */
export type WorkflowOutputOf<W> = FlowOf<W>['exits'] | FlowOf<W>['out'];

/**
 * The workflow variables a chain has assigned so far (`assign`), by name, with their types.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow, type VariablesOf } from 'statewright';
 *
 * const wf = workflow('W', { input: z.object({ id: z.string() }) }).pass('Keep', { assign: { 'orderId.$': '$.id', tries: 0 } });
 * type Vars = VariablesOf<typeof wf>; // { orderId: string; tries: 0 }
 * ```
 */
export type VariablesOf<W> = FlowOf<W>['vars'];

/**
 * Each Task state's result type (what its resource returns, before `ResultSelector`), by state name.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow, type TaskResultsOf } from 'statewright';
 *
 * const wf = workflow('W').task('Load', { resource: 'arn:aws:states:::dynamodb:getItem', result: z.number() });
 * type Load = TaskResultsOf<typeof wf>['Load']; // number
 * ```
 */
export type TaskResultsOf<W> = FlowOf<W>['results'];
