import type { JsonObject, JsonValue, QueryLanguage } from '../asl/index.js';
import { defined } from './defined.js';
import type { CheckJsonata, Jsonata } from './jsonata.js';
import type { RetryOptions } from './retry.js';

/** A number field of a JSONata state: a number or an expression giving one. */
export type NumberOrExpression = number | Jsonata<number> | `{%${string}%}`;

/** The options every JSONata state has. `S` is what its `assign` expressions see. */
interface JsonataCommon<Q, S, A> {
  /** `'JSONata'`: this state's fields are JSONata (the default in a JSONata workflow). */
  readonly queryLanguage?: Q;
  readonly comment?: string;
  /** Workflow variables to set when the state completes, each a value or an expression (seeing the variables from before). */
  readonly assign?: A & CheckJsonata<S, A>;
}

/** The options of a JSONata Pass state: `output` (default: the input), `assign`. */
export interface JsonataPassOptions<Q, S, O, A> extends JsonataCommon<Q, S, A> {
  /** The state's output (default `$states.input`). */
  readonly output?: O & CheckJsonata<S, O>;
}

/**
 * The options of a JSONata Task state. `SA` is what `arguments` sees (no `$states.result`), `S` what
 * `output` and `assign` see.
 */
export interface JsonataTaskOptions<Q, SA, S, G, Schema, O, A, C> extends JsonataCommon<Q, S, A> {
  readonly resource: string;
  /** What the task receives (default: the state's input). */
  readonly arguments?: G & CheckJsonata<SA, G>;
  /** A zod schema of what the task returns (`z.custom<T>()` for a type without a runtime check). */
  readonly result?: Schema;
  /** The state's output (default `$states.result`). */
  readonly output?: O & CheckJsonata<S, O>;
  readonly retry?: readonly RetryOptions[];
  /** Catchers: on a matching error, go to a state with the error output as its input. */
  readonly catch?: C;
  readonly timeoutSeconds?: NumberOrExpression;
  readonly heartbeatSeconds?: NumberOrExpression;
}

/** The options of a JSONata Parallel state: `arguments` (what each branch receives), `output`, `assign`. */
export interface JsonataParallelOptions<Q, SA, S, G, O, A, C> extends JsonataCommon<Q, S, A> {
  readonly arguments?: G & CheckJsonata<SA, G>;
  /** The state's output (default `$states.result`, the tuple of branch outputs). */
  readonly output?: O & CheckJsonata<S, O>;
  readonly retry?: readonly RetryOptions[];
  readonly catch?: C;
}

/**
 * The options of a JSONata Map state: `items` (an array or an expression giving one; default the
 * input), `itemSelector` (with `$states.context.Map.Item.Value` the item), `processor`, `output`, `assign`.
 */
export interface JsonataMapOptions<Q, SA, SI, S, IT, IS, O, A, C, F> extends JsonataCommon<Q, S, A> {
  readonly items?: IT & CheckJsonata<SA, IT>;
  readonly itemSelector?: IS & CheckJsonata<SI, IS>;
  readonly processor: F;
  readonly mode?: 'INLINE' | 'DISTRIBUTED';
  readonly executionType?: 'STANDARD' | 'EXPRESS';
  readonly maxConcurrency?: NumberOrExpression;
  readonly toleratedFailureCount?: NumberOrExpression;
  readonly toleratedFailurePercentage?: NumberOrExpression;
  readonly label?: string;
  /** The state's output (default `$states.result`, the array of processor outputs). */
  readonly output?: O & CheckJsonata<S, O>;
  readonly retry?: readonly RetryOptions[];
  readonly catch?: C;
}

/**
 * The options of a JSONata Wait state: `seconds` or `timestamp` (values or expressions; one of them,
 * which the validator checks), `output`, `assign`.
 */
export interface JsonataWaitOptions<Q, S, O, A> extends JsonataPassOptions<Q, S, O, A> {
  readonly seconds?: NumberOrExpression;
  readonly timestamp?: string;
}

/** The options of a JSONata Choice state: `output` (when a rule or the default is taken), `assign`. */
export type JsonataChoiceOptions<Q, S, O, A> = JsonataPassOptions<Q, S, O, A>;

/** The options of a JSONata Succeed state. */
export interface JsonataSucceedOptions<Q, S, O> {
  readonly queryLanguage?: Q;
  readonly comment?: string;
  readonly output?: O & CheckJsonata<S, O>;
}

/** The options of a JSONata Fail state: `error` and `cause`, strings or expressions. */
export interface JsonataFailOptions<Q> {
  readonly queryLanguage?: Q;
  readonly comment?: string;
  readonly error?: string;
  readonly cause?: string;
}

/** The fields of either language that the state builders do not write themselves, as the implementation reads them. */
export interface QueryFields {
  readonly queryLanguage?: QueryLanguage;
  readonly arguments?: JsonValue;
  readonly output?: JsonValue;
  readonly assign?: JsonObject;
  readonly items?: JsonValue;
}

/** `state` with the `QueryLanguage`, `Arguments`, `Output`, `Assign` and `Items` fields of `options`. */
export function withQueryFields(state: JsonObject, options: QueryFields | undefined): JsonObject {
  if (options === undefined) return state;
  return { ...state, ...defined({ QueryLanguage: options.queryLanguage, Arguments: options.arguments, Items: options.items, Output: options.output, Assign: options.assign }) };
}
