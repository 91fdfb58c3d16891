import { isJsonObject } from '../../internal/json-object.js';
import { IntrinsicFunctionError, invalidArguments, stringArg, type Invocation } from './invocation.js';
import { jacksonJson } from './java-text.js';

// JSON.parse keeps -0; Java's parser gives 0.
const noNegativeZero = (_key: string, value: unknown): unknown => (Object.is(value, -0) ? 0 : value);

/**
 * `States.StringToJson(string)`: the parsed JSON value. Blank text gives `null` (as Jackson
 * reads it); text that is not JSON fails.
 */
export function stringToJson(call: Invocation): unknown {
  const text = stringArg(call, 0);
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text, noNegativeZero) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IntrinsicFunctionError(`Cannot convert String to Json in ${call.name}, caused by: ${reason}`);
  }
}

/** `States.JsonToString(value)`: compact JSON text, as Jackson writes it. */
export function jsonToString(call: Invocation): string {
  return jacksonJson(call.args[0]);
}

/**
 * `States.JsonMerge(left, right, deep)`: a shallow merge, `right`'s keys winning. AWS supports only
 * the shallow mode, so `deep` must not be `true`.
 */
export function jsonMerge(call: Invocation): Record<string, unknown> {
  const [left, right, deep] = call.args;
  if (!isJsonObject(left) || !isJsonObject(right) || deep === true) throw invalidArguments(call);
  return { ...left, ...right };
}
