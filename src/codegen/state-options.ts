import type { JsonObject } from '../internal/json-object.js';
import { isJsonObject } from '../internal/json-object.js';
import { Code, type Printable } from './source-text.js';

/** The builder method of each state kind (Choice and Parallel are written by the chain itself). */
export const METHODS: Readonly<Record<string, string>> = { Pass: 'pass', Task: 'task', Wait: 'wait', Succeed: 'succeed', Fail: 'fail', Map: 'map' };

const IO_AND_RESULT = ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath', 'Retry', 'Catch'];

/** A state's fields as the builder's options (camelCase), in the order people write them. */
const OPTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Pass: ['Comment', 'InputPath', 'Parameters', 'Result', 'ResultPath', 'OutputPath'],
  Task: ['Resource', 'Comment', 'InputPath', 'Parameters', 'Credentials', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath', 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Retry', 'Catch'],
  Parallel: ['Comment', ...IO_AND_RESULT],
  Map: ['Comment', 'InputPath', 'ItemsPath', 'ItemSelector', 'ItemProcessor', 'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailureCount', 'ToleratedFailureCountPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label', 'ResultSelector', 'ResultPath', 'OutputPath', 'Retry', 'Catch'],
  Wait: ['Comment', 'InputPath', 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', 'OutputPath'],
  Succeed: ['Comment', 'InputPath', 'OutputPath'],
  Fail: ['Comment', 'Error', 'ErrorPath', 'Cause', 'CausePath'],
};

const camel = (key: string): string => key.charAt(0).toLowerCase() + key.slice(1);

/**
 * The options object of a state's builder call; `undefined` when it has none. A Task's `Result` is
 * `resultSchema`, the zod schema of what the definition reads in its result (no ASL field); a Map's
 * `ItemProcessor` is `processor` (the nested chain) and its `ProcessorConfig` (`mode`, `executionType`).
 */
export function stateOptions(state: JsonObject, resultSchema: string | undefined, processor?: Code): Record<string, Printable> | undefined {
  const options: Record<string, Printable> = {};
  for (const field of OPTION_FIELDS[state.Type as string] ?? []) {
    const value = state[field];
    if (state.Type === 'Task' && field === 'Result') {
      if (resultSchema !== undefined) options.result = new Code(resultSchema);
    } else if (field === 'ItemProcessor') {
      const config = isJsonObject(value) && isJsonObject(value.ProcessorConfig) ? value.ProcessorConfig : {};
      if (processor !== undefined) options.processor = processor;
      for (const [key, setting] of Object.entries(config)) options[camel(key)] = setting as Printable;
    } else if ((field === 'Retry' || field === 'Catch') && Array.isArray(value)) {
      options[camel(field)] = (value as JsonObject[]).map(camelKeys);
    } else if (value !== undefined) {
      options[camel(field)] = value as Printable;
    }
  }
  return Object.keys(options).length === 0 ? undefined : options;
}

function camelKeys(object: JsonObject): Record<string, Printable> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [camel(key), value as Printable]));
}
