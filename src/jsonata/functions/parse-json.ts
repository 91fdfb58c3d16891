import { JsonataFunctionError } from './function-error.js';

/**
 * `$parse(jsonString)`: the JSON value a string holds (AWS's replacement for `$eval`).
 * `undefined` in gives `undefined` out.
 *
 * @example
 * parseJson('[1, 2, "HelloWorld"]'); // [1, 2, 'HelloWorld']
 */
export function parseJson(text: unknown): unknown {
  if (text === undefined) return undefined;
  if (typeof text !== 'string') throw new JsonataFunctionError('$parse: the argument must be a string');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new JsonataFunctionError(`$parse: the argument is not valid JSON: ${detail}`);
  }
}
