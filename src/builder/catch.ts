import type { JsonObject } from '../asl/index.js';
import type { StatesErrorName } from '../asl/errors.js';
import type { ServiceErrorName } from '../integrations/typed/error-names.js';
import type { JsonValue, QueryLanguage } from '../asl/index.js';
import type { AslTypeError, CheckResultPath, SetAt } from '../paths/types/index.js';
import { defined } from './defined.js';
import type { CheckTarget } from './names.js';
import type { AfterTarget } from './choice.js';
import type { CheckJsonata, JsonataOutput, JsonataTemplate, StatesScope } from './jsonata.js';
import type { Flow, Rebuild, Scope } from './record.js';
import type { CheckTemplate, PayloadTemplate, TemplateOutput } from './template.js';
import type { Assigned, MergedVars } from './variables.js';

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
 * One catcher: on an error in `errorEquals`, go to state `next`. In JSONPath the error output is
 * written at `resultPath` into the state's input (default `'$'`: the error output replaces it; `null`:
 * the input as it was) and `assign` is a payload template reading the error output (`"name.$":
 * "$.Cause"`). In JSONata `output` is what the target receives (default `$states.errorOutput`) and
 * `assign` sets variables; both read `$states.input`, `$states.errorOutput`, `$states.context` and the
 * variables from before the state. The catcher's `assign` replaces the state's own.
 */
export interface CatchOptions<N extends string = string, RP extends string | null = string | null> {
  readonly errorEquals: readonly [ErrorName, ...ErrorName[]];
  readonly next: N;
  readonly resultPath?: RP;
  readonly assign?: PayloadTemplate;
  readonly output?: JsonataTemplate;
  readonly comment?: string;
}

/** What arrives at a catcher's target: the state's input `In` with the error output at `RP`. */
export type CaughtInput<In, RP> = SetAt<In, [RP] extends [string | null] ? RP : '$', ErrorOutput>;

type ResultPathOf<C> = C extends { readonly resultPath: infer RP extends string | null } ? RP : '$';

/** What a JSONata catcher's `output` and `assign` see, for a state whose input is `In` in scope `W`. */
type CatchScope<In, W> = StatesScope<In, never, W, ErrorOutput>;

/** What arrives at the target of catcher `C` of a state of query language `L` whose input is `In`. */
type CaughtBy<C, In, W, L> = L extends 'JSONata'
  ? C extends { readonly output: infer O } ? JsonataOutput<CatchScope<In, W>, O> : ErrorOutput
  : CaughtInput<In, ResultPathOf<C>>;

/**
 * `C` with an error on each catcher whose target is unknown or refuses what arrives, whose
 * `resultPath` cannot be written into `In`, whose `errorEquals` uses `States.ALL` other than alone
 * in the last catcher, whose `assign` or `output` reads what does not exist, or which uses a field
 * of the other query language than the state's (`L`). `W` is the scope before the state.
 */
export type CheckCatch<X extends Flow, In, C extends readonly CatchOptions[], L extends QueryLanguage = 'JSONPath', W = X['scope']> = {
  readonly [K in keyof C]: {
    readonly errorEquals: CheckAll<C[K]['errorEquals'], K extends `${LastIndex<C>}` ? true : false>;
    readonly next: CheckTarget<C[K]['next'], X, CaughtBy<C[K], In, W, L>>;
    readonly resultPath?: L extends 'JSONata' ? AslTypeError<'resultPath is a JSONPath field: a JSONata catcher gives its target `output`'> : CheckResultPath<In, ResultPathOf<C[K]>>;
    readonly assign?: C[K] extends { readonly assign: infer A } ? (L extends 'JSONata' ? CheckJsonata<CatchScope<In, W>, A> : CheckTemplate<ErrorOutput, W, A>) : PayloadTemplate;
    readonly output?: L extends 'JSONata'
      ? C[K] extends { readonly output: infer O } ? CheckJsonata<CatchScope<In, W>, O> : JsonataTemplate
      : AslTypeError<'output is a JSONata field: a JSONPath catcher writes the error output at `resultPath`'>;
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

/**
 * The record after the catchers `C` of a state whose input is `In` send their error outputs on (`W`:
 * the scope before the state, `L`: its query language). A catcher's `assign` joins the variables as a
 * Choice branch's do: a variable either path assigned, with either type.
 */
export type AfterCatch<X extends Flow, In, C extends readonly CatchOptions[], W = never, L = 'JSONPath'> =
  C extends readonly [infer H extends CatchOptions, ...infer T extends readonly CatchOptions[]]
    ? AfterCatch<WithCatcherVars<AfterTarget<X, H['next'], CaughtBy<H, In, W, L>>, H, In, W, L>, In, T, W, L>
    : X;

type WithCatcherVars<X extends Flow, H, In, W, L> = H extends { readonly assign: infer A }
  ? Rebuild<X['input'], X['out'], X['names'], X['inputs'], X['results'], X['exits'], X['ahead'], MergedVars<X['vars'], CatcherVars<A, In, W, L>>, X['lang'], X['scope']['~input']>
  : X;
type VarsBefore<W> = W extends Scope<unknown, infer V extends object> ? V : object;
type CatcherVars<A, In, W, L> = Assigned<VarsBefore<W>, L extends 'JSONata' ? JsonataOutput<CatchScope<In, W>, A> : TemplateOutput<ErrorOutput, W, A>>;

/** The ASL `Catch` list of `catch`. */
export function toCatch(catchers: readonly CatchOptions[]): JsonObject[] {
  return catchers.map((c) => defined({ ErrorEquals: [...c.errorEquals], ResultPath: c.resultPath, Output: c.output as JsonValue | undefined, Assign: c.assign as JsonObject | undefined, Next: c.next, Comment: c.comment }));
}
