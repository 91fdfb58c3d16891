import type { AslTypeError, CheckReferencePath, Get, ReferencePaths } from '../paths/types/index.js';
import type { ContextObject } from './context-object.js';
import type { MapItemContext, MapItemScope } from './map.js';
import type { CheckIntrinsic, IntrinsicResult } from './intrinsic-types.js';
import type { CheckVariable, IsVariable, ScopeInput, ScopeVars, VariableValue } from './variables.js';

/**
 * A JSONPath payload template (`parameters`, `resultSelector`): static values are copied, a key ending
 * in `.$` takes the value of a path (`$.a`), a context path (`$$.Execution.Id`) or an intrinsic call.
 */
export interface PayloadTemplate {
  readonly [key: string]: TemplateValue;
}
type TemplateValue = string | number | boolean | null | readonly TemplateValue[] | PayloadTemplate;

/**
 * `P` with an error on each `.$` value that does not select something in `In`, in the context object
 * or in a variable of scope `W` (the chain's record, or a bare workflow input type).
 */
export type CheckTemplate<In, W, P> = {
  [K in keyof P]: K extends `${string}.$`
    ? CheckDynamic<In, W, P[K]>
    : P[K] extends object ? CheckTemplate<In, W, P[K]>
    : P[K];
};

/**
 * The type of a `parameters`-like option holding template `P` read from `In`: `P` checked. While an
 * editor completes a value in it, `P` is not inferred yet (it is `undefined`): then the paths a
 * `"key.$"` field may hold, at any depth, so that they are offered.
 */
export type TemplateOption<In, W, P> = [P] extends [undefined] ? NoInfer<TemplateHint<In, W>> : P & CheckTemplate<In, W, P>;

interface TemplateHint<In, W> {
  readonly [key: `${string}.$`]: HintPaths<In, W>;
  readonly [key: string]: TemplateHint<In, W> | Exclude<TemplateValue, PayloadTemplate>;
}
type HintPaths<In, W> = ReferencePaths<In> | `$${Exclude<ReferencePaths<ContextOf<W>>, '$'>}` | `$${string & keyof VarsOf<W>}`;

/** The context object `$$` paths read in scope `W`: a Map's `itemSelector` also has `Map.Item`. */
export type ContextOf<W> = W extends MapItemScope<infer S, infer Item>
  ? ContextObject<ScopeInput<S>> & { readonly Map: { readonly Item: MapItemContext<Item> } }
  : ContextObject<ScopeInput<W>>;

/** The variables `$name` reads in scope `W`. */
export type VarsOf<W> = W extends MapItemScope<infer S, unknown> ? ScopeVars<S> : ScopeVars<W>;

type CheckDynamic<In, W, V> =
  V extends `$$${infer R}` ? (CheckReferencePath<ContextOf<W>, `$${R}`> extends string ? V : CheckReferencePath<ContextOf<W>, `$${R}`>)
  : V extends `$${infer R}` ? (IsVariable<R> extends true ? CheckVariable<VarsOf<W>, R, V> : CheckReferencePath<In, V>)
  : V extends `States.${string}` ? CheckIntrinsic<In, V>
  : AslTypeError<'The value of a "key.$" field must be a path ($.…), a context path ($$.…) or an intrinsic function (States.…)'>;

/** The JSON that template `P` produces from input `In` (`W` being the workflow input, for `$$.Execution.Input`). */
export type TemplateOutput<In, W, P> = {
  -readonly [K in keyof P as K extends `${infer B}.$` ? B : K]: K extends `${string}.$`
    ? DynamicValue<In, W, P[K]>
    : P[K] extends readonly unknown[] ? TemplateItems<In, W, P[K]>
    : P[K] extends object ? TemplateOutput<In, W, P[K]>
    : P[K];
};

/** An array in a template: its objects are templates too (as the runtime evaluates them). */
type TemplateItems<In, W, A extends readonly unknown[]> = {
  -readonly [I in keyof A]: A[I] extends readonly unknown[] ? TemplateItems<In, W, A[I]> : A[I] extends object ? TemplateOutput<In, W, A[I]> : A[I];
};

type DynamicValue<In, W, V> =
  V extends `$$${infer R}` ? Get<ContextOf<W>, `$${R}`>
  : V extends `$${infer R}` ? (IsVariable<R> extends true ? VariableValue<VarsOf<W>, R> : Get<In, V>)
  : V extends `States.${string}` ? IntrinsicResult<In, V>
  : never;

/** A `const` literal as the JSON value it stands for: not readonly. */
export type Literal<T> = T extends readonly unknown[] ? { -readonly [I in keyof T]: Literal<T[I]> } : T extends object ? { -readonly [K in keyof T]: Literal<T[K]> } : T;
