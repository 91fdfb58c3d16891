import type { AslTypeError } from '../paths/types/index.js';

/**
 * A path argument: `$.a`, `$` or a context path `$$.Execution.Id`.
 *
 * @example
 * ```ts
 * import type { PathArg } from 'statewright';
 * const p: PathArg = '$$.Execution.Id';
 * ```
 */
export type PathArg = `$${string}`;
/**
 * A nested intrinsic call, as another constructor returns it.
 *
 * @example
 * ```ts
 * import type { CallArg } from 'statewright';
 * const c: CallArg = 'States.UUID()';
 * ```
 */
export type CallArg = `States.${string}`;
/**
 * Any argument: a path, a nested call, or a literal (a string that does not start with `$` is a literal).
 *
 * @example
 * ```ts
 * import type { IntrinsicArg } from 'statewright';
 * const a: IntrinsicArg = 'text';
 * ```
 */
export type IntrinsicArg = string | number | boolean | null;
/**
 * An argument that must give a number.
 *
 * @example
 * ```ts
 * import type { NumberArg } from 'statewright';
 * const n: NumberArg = '$.count';
 * ```
 */
export type NumberArg = number | PathArg | CallArg;
/**
 * The algorithms `States.Hash` accepts.
 *
 * @example
 * ```ts
 * import type { HashAlgorithm } from 'statewright';
 * const h: HashAlgorithm = 'SHA-256';
 * ```
 */
export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

type EscapeChar<C extends string> = C extends "'" | '{' | '}' | '\\' ? `\\${C}` : C;
type Escape<S extends string, Acc extends string = ''> = S extends `${infer C}${infer R}` ? Escape<R, `${Acc}${EscapeChar<C>}`> : Acc;
type EscapeQuotes<S extends string, Acc extends string = ''> = S extends `${infer C}${infer R}` ? EscapeQuotes<R, `${Acc}${C extends "'" | '\\' ? `\\${C}` : C}`> : Acc;

/**
 * How argument `A` is written in the call: paths and calls as they are, a string quoted and escaped.
 *
 * @example
 * ```ts
 * import type { RenderArg } from 'statewright';
 * type Quoted = RenderArg<"it's">; // "'it\\'s'"
 * ```
 */
export type RenderArg<A> = A extends PathArg | CallArg ? A : A extends string ? (string extends A ? string : `'${Escape<A>}'`) : A extends number | boolean | null ? `${A}` : never;
type RenderArgs<A extends readonly unknown[]> = A extends readonly [infer H, ...infer T] ? (T extends readonly [] ? RenderArg<H> : `${RenderArg<H>}, ${RenderArgs<T>}`) : '';

/**
 * The intrinsic call `States.<Name>(<args>)` as its literal string type.
 *
 * @example
 * ```ts
 * import type { IntrinsicCall } from 'statewright';
 * type Add = IntrinsicCall<'MathAdd', ['$.n', 1]>; // 'States.MathAdd($.n, 1)'
 * ```
 */
export type IntrinsicCall<Name extends string, A extends readonly unknown[]> = `States.${Name}(${RenderArgs<A>})`;

type Placeholders<S extends string, N extends unknown[] = []> = S extends `${string}{}${infer R}` ? Placeholders<R, [...N, unknown]> : N['length'];

/**
 * `unknown` when the template's `{}` placeholders match the arguments given, else an error.
 *
 * @example
 * ```ts
 * import type { CheckFormat } from 'statewright';
 * type Ok = CheckFormat<'{} and {}', ['$.a', '$.b']>; // unknown
 * ```
 */
export type CheckFormat<T extends string, A extends readonly unknown[]> =
  string extends T ? unknown
  : Placeholders<T> extends A['length'] ? unknown
  : AslTypeError<`States.Format: the template has ${Placeholders<T>} placeholder(s) but ${A['length']} argument(s) are given`>;

function render(arg: IntrinsicArg): string {
  if (typeof arg !== 'string') return String(arg);
  if (arg.startsWith('$') || arg.startsWith('States.')) return arg;
  return `'${arg.replace(/['{}\\]/g, (c) => `\\${c}`)}'`;
}

function call(name: string, args: readonly IntrinsicArg[]): string {
  return `States.${name}(${args.map(render).join(', ')})`;
}

/**
 * Typed constructors of the intrinsic functions, for a `"key.$"` value of a payload template: each
 * returns the call as its literal string type (`intrinsic.mathAdd('$.n', 1)` is
 * `"States.MathAdd($.n, 1)"`), so the builder types its result as it types the string written out.
 * Arity and literal arguments are checked (a `States.Format` template's placeholders against its
 * arguments, a hash algorithm, `jsonMerge`'s `false`); a string starting with `$` is a path, one
 * starting with `States.` a nested call, any other string a literal (quoted and escaped).
 *
 * @example
 * ```ts
 * import { intrinsic, workflow } from 'statewright';
 *
 * const wf = workflow<{ name: string; items: number[]; n: number }>('W').pass('Shape', {
 *   parameters: {
 *     'greeting.$': intrinsic.format('Hello, {}!', '$.name'),
 *     'count.$': intrinsic.arrayLength('$.items'),
 *     'next.$': intrinsic.mathAdd('$.n', 1),
 *     'id.$': intrinsic.uuid(),
 *   },
 * });
 * console.log(wf.toJson()); // "greeting.$": "States.Format('Hello, {}!', $.name)", …
 * ```
 */
export const intrinsic = Object.freeze({
  /** `States.Format(template, …args)`: a string; each `{}` takes the next argument. */
  format<const T extends string, const A extends readonly IntrinsicArg[]>(template: T & CheckFormat<T, A>, ...args: A): `States.Format('${EscapeQuotes<T>}'${A extends readonly [] ? '' : `, ${RenderArgs<A>}`})` {
    const quoted = `'${template.replace(/['\\]/g, (c) => `\\${c}`)}'`;
    return `States.Format(${[quoted, ...args.map(render)].join(', ')})` as never;
  },
  /** `States.StringToJson(text)`: the JSON value `text` holds. */
  stringToJson<const S extends PathArg | CallArg>(text: S): IntrinsicCall<'StringToJson', [S]> {
    return call('StringToJson', [text]) as never;
  },
  /** `States.JsonToString(path)`: the value at `path` as JSON text. */
  jsonToString<const P extends PathArg>(path: P): IntrinsicCall<'JsonToString', [P]> {
    return call('JsonToString', [path]) as never;
  },
  /** `States.Array(…values)`: an array of the values. */
  array<const A extends readonly IntrinsicArg[]>(...values: A): IntrinsicCall<'Array', A> {
    return call('Array', values) as never;
  },
  /** `States.ArrayPartition(array, size)`: the array in chunks of `size`. */
  arrayPartition<const P extends PathArg | CallArg, const N extends NumberArg>(array: P, size: N): IntrinsicCall<'ArrayPartition', [P, N]> {
    return call('ArrayPartition', [array, size]) as never;
  },
  /** `States.ArrayContains(array, value)`: whether the array holds `value`. */
  arrayContains<const P extends PathArg | CallArg, const V extends IntrinsicArg>(array: P, value: V): IntrinsicCall<'ArrayContains', [P, V]> {
    return call('ArrayContains', [array, value]) as never;
  },
  /** `States.ArrayRange(start, end, step)`: the numbers from `start` to `end` (inclusive) by `step`. */
  arrayRange<const S extends NumberArg, const E extends NumberArg, const P extends NumberArg>(start: S, end: E, step: P): IntrinsicCall<'ArrayRange', [S, E, P]> {
    return call('ArrayRange', [start, end, step]) as never;
  },
  /** `States.ArrayGetItem(array, index)`: the item at `index`. */
  arrayGetItem<const P extends PathArg | CallArg, const N extends NumberArg>(array: P, index: N): IntrinsicCall<'ArrayGetItem', [P, N]> {
    return call('ArrayGetItem', [array, index]) as never;
  },
  /** `States.ArrayLength(array)`: the number of items. */
  arrayLength<const P extends PathArg | CallArg>(array: P): IntrinsicCall<'ArrayLength', [P]> {
    return call('ArrayLength', [array]) as never;
  },
  /** `States.ArrayUnique(array)`: the array without duplicates. */
  arrayUnique<const P extends PathArg | CallArg>(array: P): IntrinsicCall<'ArrayUnique', [P]> {
    return call('ArrayUnique', [array]) as never;
  },
  /** `States.Base64Encode(text)`. */
  base64Encode<const S extends string>(text: S): IntrinsicCall<'Base64Encode', [S]> {
    return call('Base64Encode', [text]) as never;
  },
  /** `States.Base64Decode(text)`. */
  base64Decode<const S extends string>(text: S): IntrinsicCall<'Base64Decode', [S]> {
    return call('Base64Decode', [text]) as never;
  },
  /** `States.Hash(data, algorithm)`: the hex digest of `data`. */
  hash<const D extends IntrinsicArg, const H extends HashAlgorithm | PathArg>(data: D, algorithm: H): IntrinsicCall<'Hash', [D, H]> {
    return call('Hash', [data, algorithm]) as never;
  },
  /** `States.JsonMerge(left, right, false)`: a shallow merge (AWS supports no deep merge). */
  jsonMerge<const L extends PathArg | CallArg, const R extends PathArg | CallArg>(left: L, right: R, deep: false): IntrinsicCall<'JsonMerge', [L, R, false]> {
    return call('JsonMerge', [left, right, deep]) as never;
  },
  /** `States.MathRandom(start, end[, seed])`: a random integer from `start` (inclusive) to `end` (exclusive). */
  mathRandom<const S extends NumberArg, const E extends NumberArg, const A extends readonly [] | readonly [NumberArg] = []>(start: S, end: E, ...seed: A): IntrinsicCall<'MathRandom', [S, E, ...A]> {
    return call('MathRandom', [start, end, ...seed]) as never;
  },
  /** `States.MathAdd(a, b)`: the sum of two integers. */
  mathAdd<const A extends NumberArg, const B extends NumberArg>(a: A, b: B): IntrinsicCall<'MathAdd', [A, B]> {
    return call('MathAdd', [a, b]) as never;
  },
  /** `States.StringSplit(text, separators)`: the parts of `text` between any of the separator characters. */
  stringSplit<const S extends string, const D extends string>(text: S, separators: D): IntrinsicCall<'StringSplit', [S, D]> {
    return call('StringSplit', [text, separators]) as never;
  },
  /** `States.UUID()`: a random version 4 UUID. */
  uuid(): 'States.UUID()' {
    return 'States.UUID()';
  },
});
