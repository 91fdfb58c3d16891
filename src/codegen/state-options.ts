import type { JsonObject } from '../internal/json-object.js';
import { Code, type Printable } from './source-text.js';

/** The builder method of each state kind (Choice is written by the chain itself). */
export const METHODS: Readonly<Record<string, string>> = { Pass: 'pass', Task: 'task', Wait: 'wait', Succeed: 'succeed', Fail: 'fail' };

/** A state's fields as the builder's options (camelCase), in the order people write them. */
const OPTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Pass: ['Comment', 'InputPath', 'Parameters', 'Result', 'ResultPath', 'OutputPath'],
  Task: ['Resource', 'Comment', 'InputPath', 'Parameters', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath', 'TimeoutSeconds', 'HeartbeatSeconds', 'Retry'],
  Wait: ['Comment', 'InputPath', 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', 'OutputPath'],
  Succeed: ['Comment', 'InputPath', 'OutputPath'],
  Fail: ['Comment', 'Error', 'ErrorPath', 'Cause', 'CausePath'],
};

const camel = (key: string): string => key.charAt(0).toLowerCase() + key.slice(1);

/**
 * The options object of a state's builder call; `undefined` when it has none. A Task's `Result` is
 * `resultSchema`, the zod schema of what the definition reads in its result (no ASL field).
 */
export function stateOptions(state: JsonObject, resultSchema: string | undefined): Record<string, Printable> | undefined {
  const options: Record<string, Printable> = {};
  for (const field of OPTION_FIELDS[state.Type as string] ?? []) {
    if (state.Type === 'Task' && field === 'Result') {
      if (resultSchema !== undefined) options.result = new Code(resultSchema);
    } else if (field === 'Retry' && Array.isArray(state.Retry)) {
      options.retry = (state.Retry as JsonObject[]).map(camelKeys);
    } else if (state[field] !== undefined) {
      options[camel(field)] = state[field] as Printable;
    }
  }
  return Object.keys(options).length === 0 ? undefined : options;
}

function camelKeys(object: JsonObject): Record<string, Printable> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [camel(key), value as Printable]));
}
