import type { JsonObject } from '../asl/index.js';
import type { AslTypeError } from '../paths/types/index.js';
import { toCatch, type CatchOptions } from './catch.js';
import { defined } from './defined.js';
import type { FlowOf, Joinable } from './join.js';
import type { Flow, Rebuild } from './record.js';
import { toRetry, type RetryOptions } from './retry.js';
import type { TemplateOption } from './template.js';

/** What a branch (or a Map's processor) gives back: what leaves at its Succeed states and open ends. */
export type BranchOutput<B> = FlowOf<B>['exits'] | FlowOf<B>['out'];

/** A Parallel state's result: the tuple of its branches' outputs. */
export type BranchOutputs<B extends readonly unknown[]> = { -readonly [K in keyof B]: BranchOutput<B[K]> };

type NamesOf<B extends readonly unknown[]> = FlowOf<B[number]>['names'];
type OtherNames<B extends readonly unknown[], K> = { [J in keyof B]: J extends K ? never : FlowOf<B[J]>['names'] }[number];
type Shared<B extends readonly unknown[], Outer extends string> = { [K in keyof B]: FlowOf<B[K]>['names'] & (OtherNames<B, K> | Outer) }[number];
type Pending<B extends readonly unknown[]> = FlowOf<B[number]>['ahead'][0];

/**
 * `unknown` when branches `B` may form a Parallel state in a workflow whose names are `Outer`: each
 * has a state, its targets are its own states, and every name is unique across the machine.
 */
export type CheckBranches<B extends readonly Joinable[], Outer extends string> =
  B extends readonly [] ? AslTypeError<'A Parallel state needs at least one branch'>
  : [Shared<B, Outer>] extends [never]
    ? [Pending<B>] extends [never] ? unknown : AslTypeError<`Target "${Pending<B>}" is not a state of its branch`>
    : AslTypeError<`State name "${Shared<B, Outer>}" is already used`>;

/**
 * The record after a state with inner states (Parallel branches, a Map processor) is added: its inner
 * Task results and state inputs join the record (for typed tests); its names and the variables it
 * assigns stay inside (AWS: a branch or iteration reads the outer variables, its own do not leak out).
 */
export type WithInner<X extends Flow, B extends readonly unknown[]> = Rebuild<
  X['input'],
  X['out'],
  X['names'],
  X['inputs'] & InnerInputs<B>,
  X['results'] & InnerResults<B>,
  X['exits'],
  X['ahead'],
  X['vars'],
  X['lang'],
  X['scope']['~input']
>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type InnerInputs<B extends readonly unknown[]> = UnionToIntersection<FlowOf<B[number]>['inputs']> & object;
type InnerResults<B extends readonly unknown[]> = UnionToIntersection<FlowOf<B[number]>['results']> & object;

/** The names of the states inside branches `B`. */
export type InnerNames<B extends readonly unknown[]> = NamesOf<B>;

/** The options of a Parallel state (JSONPath); the type parameters are as for `TaskOptions`. */
export interface ParallelOptions<E, W, IP, P, RS, RP, OP, C, R> {
  readonly comment?: string;
  readonly inputPath?: IP;
  /** A payload template: each branch receives what it produces. */
  readonly parameters?: TemplateOption<E, W, P>;
  /** A payload template built from the tuple of branch outputs. */
  readonly resultSelector?: TemplateOption<R, W, RS>;
  readonly resultPath?: RP;
  readonly outputPath?: OP;
  readonly retry?: readonly RetryOptions[];
  readonly catch?: C;
}

/** The untyped shape of the options, as the implementation reads them. */
export interface ParallelFields {
  readonly comment?: string;
  readonly inputPath?: string | null;
  readonly parameters?: JsonObject;
  readonly resultSelector?: JsonObject;
  readonly resultPath?: string | null;
  readonly outputPath?: string | null;
  readonly retry?: readonly RetryOptions[];
  readonly catch?: readonly CatchOptions[];
}

/** The ASL fields of a Parallel state (without `Next`/`End`), its branches given as ASL. */
export function parallelState(o: ParallelFields, branches: readonly JsonObject[]): JsonObject {
  return defined({
    Type: 'Parallel',
    Comment: o.comment,
    InputPath: o.inputPath,
    Parameters: o.parameters,
    Branches: [...branches],
    ResultSelector: o.resultSelector,
    ResultPath: o.resultPath,
    OutputPath: o.outputPath,
    Retry: o.retry && toRetry(o.retry),
    Catch: o.catch && toCatch(o.catch),
  });
}
