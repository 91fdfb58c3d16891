/**
 * An error raised by one of the functions AWS adds to JSONata (`$partition`, `$range`, `$hash`,
 * `$random`, `$parse`). The evaluator reports its message after "threw an error during evaluation.".
 */
export class JsonataFunctionError extends Error {
  override readonly name = 'JsonataFunctionError';
}

/** True for a finite number with no fractional part. */
export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** How a JSON value is named in messages: `null`, `array`, `object`, `string`, `number`, `boolean`. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === undefined) return 'undefined';
  return typeof value;
}

/** `JSON.stringify`, with `'undefined'` for a value JSON cannot show. */
export function jsonText(value: unknown): string {
  const stringify: (v: unknown) => string | undefined = JSON.stringify;
  return stringify(value) ?? 'undefined';
}
