import type { JsonObject } from '../internal/json-object.js';
import { isJsonObject } from '../internal/json-object.js';
import { Code, type Printable } from './source-text.js';

/** The builder method of each state kind (Choice and Parallel are written by the chain itself). */
export const METHODS: Readonly<Record<string, string>> = { Pass: 'pass', Task: 'task', Wait: 'wait', Succeed: 'succeed', Fail: 'fail', Map: 'map' };

const IO_AND_RESULT = ['InputPath', 'Parameters', 'Arguments', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign', 'Retry', 'Catch'];

/** A state's fields as the builder's options (camelCase), in the order people write them. */
const OPTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Pass: ['Comment', 'QueryLanguage', 'InputPath', 'Parameters', 'Result', 'ResultPath', 'OutputPath', 'Output', 'Assign'],
  Task: [
    'Resource', 'Comment', 'QueryLanguage', 'InputPath', 'Parameters', 'Arguments', 'Credentials', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign',
    'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Retry', 'Catch',
  ],
  Parallel: ['Comment', 'QueryLanguage', ...IO_AND_RESULT],
  Map: [
    'Comment', 'QueryLanguage', 'InputPath', 'ItemReader', 'ItemsPath', 'Items', 'ItemSelector', 'ItemBatcher', 'ItemProcessor', 'MaxConcurrency', 'MaxConcurrencyPath',
    'ToleratedFailureCount', 'ToleratedFailureCountPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label', 'ResultWriter',
    'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign', 'Retry', 'Catch',
  ],
  Wait: ['Comment', 'QueryLanguage', 'InputPath', 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', 'OutputPath', 'Output', 'Assign'],
  Succeed: ['Comment', 'QueryLanguage', 'InputPath', 'OutputPath', 'Output'],
  Fail: ['Comment', 'QueryLanguage', 'Error', 'ErrorPath', 'Cause', 'CausePath'],
};

/** `ResultPath` → `resultPath`, `CSVHeaders` → `csvHeaders`. */
const camel = (key: string): string => key.replace(/^[A-Z]+(?=[A-Z][a-z])|^[A-Z]/, (head) => head.toLowerCase());

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
    } else if (isJsonObject(value) && DISTRIBUTED.includes(field)) {
      options[camel(field)] = distributedOption(value);
    } else if ((field === 'Retry' || field === 'Catch') && Array.isArray(value)) {
      options[camel(field)] = (value as JsonObject[]).map(camelKeys);
    } else if (value !== undefined) {
      options[camel(field)] = value as Printable;
    }
  }
  return Object.keys(options).length === 0 ? undefined : options;
}

const DISTRIBUTED = ['ItemReader', 'ItemBatcher', 'ResultWriter'];
/** Keys whose values are payload templates (written as they are) or configs (camelCased too). */
const TEMPLATES = ['Parameters', 'BatchInput'];

/** A Map's `ItemReader`, `ItemBatcher` or `ResultWriter` as builder options: keys camelCased, templates as written. */
function distributedOption(object: JsonObject): Record<string, Printable> {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [camel(key), (isJsonObject(value) && !TEMPLATES.includes(key) ? camelKeys(value) : value) as Printable]),
  );
}

function camelKeys(object: JsonObject): Record<string, Printable> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [camel(key), value as Printable]));
}
