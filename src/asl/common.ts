import { z } from 'zod';

/** A state name as written in `StartAt`, `Next`, `Default` (AWS caps names at 80 characters; the validator checks that). */
export const StateNameSchema = z.string();

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const JSONATA = /^\{%[\s\S]*%\}$/;
const RFC3339_MESSAGE = 'String does not match RFC3339 timestamp';

/** A string that starts exactly with `{%` and ends exactly with `%}`: a JSONata expression (its body is not parsed here). */
export const JsonataStringSchema = z.string().regex(JSONATA, {
  error: "The value must be a JSONata expression: a string that starts with '{%' and ends with '%}'",
});

/** A JSONata expression string such as `{% $states.input.a %}`. */
export type JsonataString = z.infer<typeof JsonataStringSchema>;

/** A JSONPath Path (`InputPath`, `OutputPath`; may use `$$` and variables); its syntax is checked by the validator. */
export const PathSchema = z.string();

/** A JSONPath Path that may also be `null` (`InputPath`, `OutputPath`, `ResultPath`: `null` means `{}` or "discard"). */
export const NullablePathSchema = z.string().nullable();

/** A Reference Path (one node: `ItemsPath`, `Variable`, the `*Path` fields); its syntax is checked by the validator. */
export const ReferencePathSchema = z.string();

/** An RFC3339 timestamp: uppercase `T`, optional fractional seconds, then `Z` or a numeric offset (`2016-03-14T01:59:00Z`). */
export const TimestampSchema = z.string().regex(RFC3339, { error: RFC3339_MESSAGE });

/** A literal RFC3339 timestamp or a JSONata expression (a JSONata Wait `Timestamp`). */
export const TimestampOrJsonataSchema = z
  .string()
  .refine((value) => RFC3339.test(value) || JSONATA.test(value), { error: RFC3339_MESSAGE });

/** A non-empty array of `item`, with AWS's `Value cannot be empty` message (measured for Parallel `Branches`). */
export function nonEmptyArray<T extends z.ZodType>(item: T): z.ZodArray<T> {
  return z.array(item).min(1, { error: 'Value cannot be empty' });
}

/** A JSON number printed the way AWS prints limits of decimal fields (`100.0`). */
function decimal(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

/** An integer in `[min, max]` (`max` optional), with AWS's `Minimum value is …` / `Maximum value is …` messages. */
export function integerSchema(min: number, max?: number): z.ZodInt {
  const schema = z.int().min(min, { error: `Minimum value is ${min}` });
  return max === undefined ? schema : schema.max(max, { error: `Maximum value is ${max}` });
}

/** A number (not necessarily an integer) in `[min, max]` (`max` optional), with AWS-style messages (`Maximum value is 100.0`). */
export function decimalSchema(min: number, max?: number): z.ZodNumber {
  const schema = z.number().min(min, { error: `Minimum value is ${decimal(min)}` });
  return max === undefined ? schema : schema.max(max, { error: `Maximum value is ${decimal(max)}` });
}

/** An integer in `[min, max]` or a JSONata expression that must yield one at run time. */
export function integerOrJsonataSchema(min: number, max?: number): z.ZodUnion<[z.ZodInt, typeof JsonataStringSchema]> {
  return z.union([integerSchema(min, max), JsonataStringSchema]);
}

/** A number in `[min, max]` or a JSONata expression that must yield one at run time. */
export function decimalOrJsonataSchema(min: number, max?: number): z.ZodUnion<[z.ZodNumber, typeof JsonataStringSchema]> {
  return z.union([decimalSchema(min, max), JsonataStringSchema]);
}

/** The longest wait, timeout or heartbeat AWS accepts, in seconds. */
export const MAX_SECONDS = 99_999_999;
