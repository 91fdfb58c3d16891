import type { ChoiceExpressionJsonPath } from '../asl/index.js';
import type { AslTypeError, CheckReferencePath, Get } from '../paths/types/index.js';
import type { Condition } from './conditions.js';
import type { ContextOf, VarsOf } from './template.js';

declare const jsonataType: unique symbol;

/** A JSONata expression (`'{% … %}'`) whose value has type `T`: a string at run time. */
export type Jsonata<T> = `{%${string}%}` & { readonly [jsonataType]: T };

/**
 * A JSONata expression whose value has type `T`, for a JSONata field (`arguments`, `output`,
 * `assign`, `condition`, `items`, …). Give the type when the expression computes something; a plain
 * `'{% $states.input.a.b %}'` (a reference to the input, the result, the context or a variable) is
 * typed and checked without it.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { jsonata, workflow } from 'statewright';
 *
 * const wf = workflow('Sum', { input: z.object({ prices: z.array(z.number()) }), queryLanguage: 'JSONata' })
 *   .pass('Total', { output: { total: jsonata<number>('{% $sum($states.input.prices) %}') } });
 * console.log(wf.toJson());
 * ```
 */
export function jsonata<T>(expression: `{%${string}%}`): Jsonata<T> {
  if (!expression.startsWith('{%') || !expression.endsWith('%}')) {
    throw new Error(`A JSONata expression must start with "{%" and end with "%}", got ${JSON.stringify(expression)}`);
  }
  return expression as Jsonata<T>;
}

/** A JSONata field's value: JSON in which a string `'{% … %}'` is an expression. */
export type JsonataTemplate = string | number | boolean | null | readonly JsonataTemplate[] | JsonataObject;

/** A JSON object in which a string `'{% … %}'` is an expression. */
export interface JsonataObject {
  readonly [key: string]: JsonataTemplate;
}

/**
 * What an expression of a JSONata state sees: `$states.input` (`In`), `$states.result` (`R`; `never`
 * where there is none), `$states.context`, the variables of scope `W` and, in a catcher,
 * `$states.errorOutput` (`E`; `never` elsewhere).
 */
export interface StatesScope<In, R, W, E = never> {
  readonly input: In;
  readonly result: R;
  readonly scope: W;
  readonly errorOutput: E;
}

/** The value template `T` gives in scope `S`: literals as written, expressions typed. */
export type JsonataOutput<S, T> =
  T extends { readonly [jsonataType]: infer V } ? V
  : T extends `{%${infer B}%}` ? ExpressionType<S, Trim<B>>
  : T extends readonly unknown[] ? { -readonly [I in keyof T]: JsonataOutput<S, T[I]> }
  : T extends object ? { -readonly [K in keyof T]: JsonataOutput<S, T[K]> }
  : T;

/**
 * `T` with an error on each expression that reads an unknown variable, an unavailable `$states` field
 * or a path that does not exist. (The indirection through `infer` keeps TypeScript from inferring `T`
 * from the check, which recursed without end.)
 */
export type CheckJsonata<S, T> = [T] extends [infer V] ? CheckValue<S, V> : never;

type CheckValue<S, T> =
  T extends { readonly [jsonataType]: unknown } ? T
  : T extends `{%${infer B}%}` ? (CheckExpression<S, Trim<B>> extends true ? T : CheckExpression<S, Trim<B>>)
  : T extends readonly unknown[] ? { readonly [I in keyof T]: CheckValue<S, T[I]> }
  : T extends object ? { readonly [K in keyof T]: CheckValue<S, T[K]> }
  : T;

type Trim<S extends string> = S extends ` ${infer R}` | `\n${infer R}` ? Trim<R> : S extends `${infer R} ` | `${infer R}\n` ? Trim<R> : S;

// An expression that is more than a reference (an operator, a call, a filter, …) is not followed.
type Special = ' ' | '(' | ')' | '+' | '-' | '*' | '/' | '&' | '=' | '<' | '>' | '!' | '?' | ':' | ',' | '$' | '{' | '}' | '"' | "'" | '[' | ']' | '~' | '%' | '^' | '|' | ';' | '`' | '@' | '#' | '\n' | '\t';
type IsPath<R extends string> = R extends '' ? true : R extends `.${string}` ? (R extends `${string}${Special}${string}` ? false : true) : false;

// `[kind, the value at the root, the path after it]`, or never when `B` is no plain reference.
type Reference<S, B extends string> =
  B extends `$states.input${infer R}` ? (IsPath<R> extends true ? ['input', S extends StatesScope<infer In, unknown, unknown, unknown> ? In : never, R] : never)
  : B extends `$states.result${infer R}` ? (IsPath<R> extends true ? ['result', S extends StatesScope<unknown, infer Res, unknown, unknown> ? Res : never, R] : never)
  : B extends `$states.context${infer R}` ? (IsPath<R> extends true ? ['context', ContextOf<ScopeOfStates<S>>, R] : never)
  : B extends `$states.errorOutput${infer R}` ? (IsPath<R> extends true ? ['errorOutput', S extends StatesScope<unknown, unknown, unknown, infer E> ? E : never, R] : never)
  : B extends `$states${string}` ? never
  : B extends `$${infer V}` ? VariableReference<VarsOf<ScopeOfStates<S>>, V>
  : never;

type ScopeOfStates<S> = S extends StatesScope<unknown, unknown, infer W, unknown> ? W : never;
type VariableReference<Vars, V extends string> =
  V extends `${infer Name}.${infer R}` ? (IsPath<`.${R}`> extends true ? VariableRoot<Vars, Name, `.${R}`> : never)
  : IsPath<`.${V}`> extends true ? VariableRoot<Vars, V, ''> : never;
type VariableRoot<Vars, Name extends string, R extends string> = ['variable', Name extends keyof Vars ? Vars[Name] : UnknownVariable<Name>, R];
interface UnknownVariable<Name extends string> {
  readonly '~unknownVariable': Name;
}

/** The type of expression body `B` (`unknown` unless it is a plain reference). */
type ExpressionType<S, B extends string> = [Reference<S, B>] extends [never] ? unknown : Reference<S, B> extends [string, infer T, infer R extends string] ? Get<T, `$${R}`> : unknown;

/** `true` when expression body `B` reads only what exists, else an error naming the problem. */
type CheckExpression<S, B extends string> =
  [Reference<S, B>] extends [never] ? true
  : Reference<S, B> extends ['variable', UnknownVariable<infer Name>, string] ? AslTypeError<`Unknown variable "$${Name}": no state before assigns it`>
  : Reference<S, B> extends ['result', infer T, string] ? ([T] extends [never] ? AslTypeError<'$states.result is not available here: only Output and Assign of a Task, Parallel or Map state read it'> : CheckAt<T, B, Reference<S, B>[2]>)
  : Reference<S, B> extends ['errorOutput', infer T, string] ? ([T] extends [never] ? AslTypeError<'$states.errorOutput is not available here: only the Output and Assign of a catcher read it'> : CheckAt<T, B, Reference<S, B>[2]>)
  : Reference<S, B> extends [string, infer T, infer R extends string] ? CheckAt<T, B, R>
  : true;

type CheckAt<T, B extends string, R extends string> = CheckReferencePath<T, `$${R}`> extends string ? true : AslTypeError<`"${B}" reads nothing: ${PathMessage<CheckReferencePath<T, `$${R}`>>}`>;
type PathMessage<E> = E extends AslTypeError<infer M> ? M : 'no such path';

/**
 * A Choice rule's JSONata `Condition`: the rule matches when the expression gives `true`. It reads
 * `$states.input` and the variables; a JSONata condition does not narrow the branch's input.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { condition, workflow } from 'statewright';
 *
 * const wf = workflow('Gate', { input: z.object({ total: z.number() }), queryLanguage: 'JSONata' })
 *   .choice('Big?', (c) => c
 *     .when(condition('{% $states.input.total > 100 %}'), (b) => b.pass('Big'))
 *     .otherwise())
 *   .pass('Small');
 * console.log(wf.toJson());
 * ```
 */
export function condition(expression: Jsonata<boolean> | `{%${string}%}`): Condition {
  return { expression: { Condition: jsonata<boolean>(expression) } as unknown as ChoiceExpressionJsonPath };
}
