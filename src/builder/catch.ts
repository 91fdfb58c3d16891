import type { JsonObject } from '../asl/index.js';
import type { StatesErrorName } from '../asl/errors.js';
import type { ServiceErrorName } from '../integrations/typed/error-names.js';
import type { AslTypeError, CheckResultPath, SetAt } from '../paths/types/index.js';
import { defined } from './defined.js';
import type { CheckTarget } from './names.js';
import type { AfterTarget } from './choice.js';
import type { Flow } from './record.js';

/**
 * An error name for `errorEquals`: the `States.*` names and those of the optimized integrations
 * (`Lambda.*`, `DynamoDB.*`, `StepFunctions.*`) autocomplete, any other name is allowed.
 */
export type ErrorName = StatesErrorName | ServiceErrorName | (string & {});

/** What a catcher's handler receives at its `resultPath`. */
export interface ErrorOutput {
  readonly Error: string;
  readonly Cause: string;
}

/**
 * One catcher: on an error in `errorEquals`, go to state `next` with the error output written at
 * `resultPath` into the state's input (default `'$'`: the error output replaces it; `null`: the input
 * as it was).
 */
export interface CatchOptions<N extends string = string, RP extends string | null = string | null> {
  readonly errorEquals: readonly [ErrorName, ...ErrorName[]];
  readonly next: N;
  readonly resultPath?: RP;
  readonly comment?: string;
}

/** What arrives at a catcher's target: the state's input `In` with the error output at `RP`. */
export type CaughtInput<In, RP> = SetAt<In, [RP] extends [string | null] ? RP : '$', ErrorOutput>;

type ResultPathOf<C> = C extends { readonly resultPath: infer RP extends string | null } ? RP : '$';

/**
 * `C` with an error on each catcher whose target is unknown or refuses what arrives, whose
 * `resultPath` cannot be written into `In`, or whose `errorEquals` uses `States.ALL` other than alone
 * in the last catcher.
 */
export type CheckCatch<X extends Flow, In, C extends readonly CatchOptions[]> = {
  readonly [K in keyof C]: {
    readonly errorEquals: CheckAll<C[K]['errorEquals'], K extends `${LastIndex<C>}` ? true : false>;
    readonly next: CheckTarget<C[K]['next'], X, CaughtInput<In, ResultPathOf<C[K]>>>;
    readonly resultPath?: CheckResultPath<In, ResultPathOf<C[K]>>;
    readonly comment?: string;
  };
};

type LastIndex<C extends readonly unknown[]> = C extends readonly [...infer Init, unknown] ? Init['length'] : number;

type CheckAll<E extends readonly string[], Last extends boolean> =
  'States.ALL' extends E[number]
    ? Last extends true
      ? E extends readonly ['States.ALL'] ? E : AslTypeError<'States.ALL must be alone in its errorEquals'>
      : AslTypeError<'States.ALL may appear only in the last catcher'>
    : E;

/** The record after the catchers `C` of a state whose input is `In` send their error outputs on. */
export type AfterCatch<X extends Flow, In, C extends readonly CatchOptions[]> =
  C extends readonly [infer H extends CatchOptions, ...infer T extends readonly CatchOptions[]]
    ? AfterCatch<AfterTarget<X, H['next'], CaughtInput<In, ResultPathOf<H>>>, In, T>
    : X;

/** The ASL `Catch` list of `catch`. */
export function toCatch(catchers: readonly CatchOptions[]): JsonObject[] {
  return catchers.map((c) => defined({ ErrorEquals: [...c.errorEquals], ResultPath: c.resultPath, Next: c.next, Comment: c.comment }));
}
