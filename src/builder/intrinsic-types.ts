import type { JsonValue } from '../asl/json.js';
import type { AslTypeError, CheckReferencePath, Get } from '../paths/types/index.js';

/** The result type of each intrinsic function, given the type its first argument selects. */
interface Results<First> {
  'States.Format': string;
  'States.StringToJson': JsonValue;
  'States.JsonToString': string;
  'States.Array': JsonValue[];
  'States.ArrayPartition': First extends readonly unknown[] ? First[number][][] : JsonValue[][];
  'States.ArrayContains': boolean;
  'States.ArrayRange': number[];
  'States.ArrayGetItem': First extends readonly unknown[] ? First[number] : JsonValue;
  'States.ArrayLength': number;
  'States.ArrayUnique': First extends readonly unknown[] ? First[number][] : JsonValue[];
  'States.Base64Encode': string;
  'States.Base64Decode': string;
  'States.Hash': string;
  'States.JsonMerge': Record<string, JsonValue>;
  'States.MathRandom': number;
  'States.MathAdd': number;
  'States.StringSplit': string[];
  'States.UUID': string;
}

type Name<E extends string> = E extends `${infer N}(${string}` ? N : E;
type FirstArg<E extends string> = E extends `${string}(${infer A})` ? (A extends `${infer F},${string}` ? Trim<F> : Trim<A>) : '';
/** A path into the input (not `$$.…`, the context object, nor `$name`, a variable: those are not checked here). */
type InputPath = '$' | `$.${string}` | `$[${string}`;
type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** The value an intrinsic call `E` (e.g. `States.ArrayLength($.items)`) gives, reading paths in `In`. */
export type IntrinsicResult<In, E extends string> =
  Name<E> extends keyof Results<unknown>
    ? Results<FirstArg<E> extends InputPath ? Get<In, FirstArg<E>> : unknown>[Name<E>]
    : never;

/** `E` when it calls a known intrinsic whose first path argument (if any) exists in `In`, else an error. */
export type CheckIntrinsic<In, E extends string> =
  Name<E> extends keyof Results<unknown>
    ? FirstArg<E> extends InputPath ? (CheckReferencePath<In, FirstArg<E>> extends string ? E : CheckReferencePath<In, FirstArg<E>>)
      : E
    : AslTypeError<`Unknown intrinsic function "${Name<E>}"`>;
