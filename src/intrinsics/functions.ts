import type { IntrinsicCall, IntrinsicParseResult, IntrinsicSyntaxError } from './ast.js';
import { parseIntrinsic } from './parse.js';
import { didYouMean } from '../internal/suggest.js';

/** The names of AWS's intrinsic functions. */
export type IntrinsicName =
  | 'States.Format'
  | 'States.StringToJson'
  | 'States.JsonToString'
  | 'States.Array'
  | 'States.ArrayPartition'
  | 'States.ArrayContains'
  | 'States.ArrayRange'
  | 'States.ArrayGetItem'
  | 'States.ArrayLength'
  | 'States.ArrayUnique'
  | 'States.Base64Encode'
  | 'States.Base64Decode'
  | 'States.Hash'
  | 'States.JsonMerge'
  | 'States.MathRandom'
  | 'States.MathAdd'
  | 'States.StringSplit'
  | 'States.UUID';

/** How many arguments an intrinsic takes; `maxArgs` is `Infinity` for variadic ones. */
export interface IntrinsicSignature {
  readonly name: IntrinsicName;
  readonly minArgs: number;
  readonly maxArgs: number;
}

const SIGNATURES: readonly (readonly [IntrinsicName, number, number])[] = [
  ['States.Format', 1, Infinity],
  ['States.StringToJson', 1, 1],
  ['States.JsonToString', 1, 1],
  ['States.Array', 0, Infinity],
  ['States.ArrayPartition', 2, 2],
  ['States.ArrayContains', 2, 2],
  ['States.ArrayRange', 3, 3],
  ['States.ArrayGetItem', 2, 2],
  ['States.ArrayLength', 1, 1],
  ['States.ArrayUnique', 1, 1],
  ['States.Base64Encode', 1, 1],
  ['States.Base64Decode', 1, 1],
  ['States.Hash', 2, 2],
  ['States.JsonMerge', 3, 3],
  ['States.MathRandom', 2, 3],
  ['States.MathAdd', 2, 2],
  ['States.StringSplit', 2, 2],
  ['States.UUID', 0, 0],
];

/**
 * The 18 intrinsic functions AWS provides, by name.
 *
 * @example
 * INTRINSIC_FUNCTIONS.get('States.MathAdd'); // { name: 'States.MathAdd', minArgs: 2, maxArgs: 2 }
 */
export const INTRINSIC_FUNCTIONS: ReadonlyMap<string, IntrinsicSignature> = new Map(
  SIGNATURES.map(([name, minArgs, maxArgs]) => [name, Object.freeze({ name, minArgs, maxArgs })]),
);

const LOOKS_LIKE = /^States\.[A-Za-z0-9_]+\(/;

/**
 * True when `s` starts like an intrinsic call (`States.<Name>(`), whether or not the rest is valid.
 *
 * @example
 * looksLikeIntrinsic('States.UUID()'); // true
 * looksLikeIntrinsic('$.a');           // false
 */
export function looksLikeIntrinsic(s: string): boolean {
  return LOOKS_LIKE.test(s);
}

/**
 * Parses an intrinsic call and checks every call in it (nested ones too) against
 * {@link INTRINSIC_FUNCTIONS}: known name, right number of arguments. Never throws.
 *
 * @example
 * checkIntrinsic('States.MathAdd(1, 2, 3)'); // { ok: false, message: 'States.MathAdd takes 2 arguments, got 3', offset: 0 }
 * checkIntrinsic('States.Foo()');            // { ok: false, message: 'Unknown intrinsic function States.Foo', offset: 0 }
 */
export function checkIntrinsic(text: string): IntrinsicParseResult {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) return parsed;
  return checkCall(parsed.call) ?? parsed;
}

/** Checks a call and its nested calls, outer first, arguments left to right. */
function checkCall(call: IntrinsicCall): IntrinsicSyntaxError | undefined {
  const signature = INTRINSIC_FUNCTIONS.get(call.name);
  if (signature === undefined) {
    return { ok: false, message: `Unknown intrinsic function ${call.name}${didYouMean(call.name, INTRINSIC_FUNCTIONS.keys())}`, offset: call.offset };
  }
  const count = call.args.length;
  if (count < signature.minArgs || count > signature.maxArgs) {
    return { ok: false, message: `${call.name} takes ${describeArity(signature)}, got ${count}`, offset: call.offset };
  }
  for (const arg of call.args) {
    if (arg.kind !== 'call') continue;
    const error = checkCall(arg);
    if (error !== undefined) return error;
  }
  return undefined;
}

function describeArity({ minArgs, maxArgs }: IntrinsicSignature): string {
  if (maxArgs === Infinity) return `at least ${plural(minArgs)}`;
  if (minArgs === maxArgs) return minArgs === 0 ? 'no arguments' : plural(minArgs);
  if (maxArgs === minArgs + 1) return `${minArgs} or ${plural(maxArgs)}`;
  return `${minArgs} to ${plural(maxArgs)}`;
}

function plural(n: number): string {
  return n === 1 ? '1 argument' : `${n} arguments`;
}
