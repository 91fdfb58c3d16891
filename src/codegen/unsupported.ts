import type { JsonObject } from '../internal/json-object.js';
import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { isJsonataState } from './jsonata-reads.js';
import type { UnsupportedFeature } from './unsupported-feature-error.js';

const FLOW = ['Next', 'End'];
const IO = ['InputPath', 'OutputPath'];
const RESULT = ['ResultSelector', 'ResultPath', 'Retry', 'Catch'];
/** The fields of either query language every state kind but Fail takes (`queryLanguage`, `output`, `assign`). */
const QUERY = ['QueryLanguage', 'Output', 'Assign'];
const DISTRIBUTED = ['ItemReader', 'ItemBatcher', 'ResultWriter'];

/** The fields the builder can write, per state kind. */
const STATE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Pass: ['Type', 'Comment', ...IO, 'Parameters', 'Result', 'ResultPath', ...QUERY, ...FLOW],
  Task: ['Type', 'Comment', 'Resource', ...IO, 'Parameters', 'Credentials', 'Arguments', ...RESULT, 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', ...QUERY, ...FLOW],
  Parallel: ['Type', 'Comment', ...IO, 'Parameters', 'Arguments', 'Branches', ...RESULT, ...QUERY, ...FLOW],
  Map: [
    'Type', 'Comment', ...IO, 'ItemsPath', 'Items', 'ItemSelector', ...DISTRIBUTED, 'ItemProcessor', 'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailureCount',
    'ToleratedFailureCountPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label', ...RESULT, ...QUERY, ...FLOW,
  ],
  Wait: ['Type', 'Comment', ...IO, 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', ...QUERY, ...FLOW],
  Succeed: ['Type', 'Comment', ...IO, 'QueryLanguage', 'Output'],
  Fail: ['Type', 'Comment', 'Error', 'Cause', 'ErrorPath', 'CausePath', 'QueryLanguage'],
  Choice: ['Type', 'Comment', ...IO, 'Choices', 'Default', ...QUERY],
};
/** Fields the builder writes in JSONPath states only: its JSONata options lack them. */
const JSONPATH_ONLY: Readonly<Record<string, readonly string[]>> = { Task: ['Credentials'], Map: DISTRIBUTED };
/** Why the builder cannot write a field that a state kind has in ASL. */
const WHY: Readonly<Record<string, string>> = {
  Iterator: 'the legacy "Iterator" field (the builder writes "ItemProcessor", which AWS reads the same)',
  Parameters: 'the legacy "Parameters" field of a Map (the builder writes "ItemSelector", which AWS reads the same)',
};
const MACHINE_FIELDS = ['Comment', 'QueryLanguage', 'StartAt', 'TimeoutSeconds', 'Version', 'States'];
const RETRIER_FIELDS = ['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment'];
const CATCHER_FIELDS = ['ErrorEquals', 'ResultPath', 'Next', 'Comment', 'Assign', 'Output'];
const SCOPE_FIELDS = ['StartAt', 'States'];
const PROCESSOR_CONFIG_FIELDS = ['Mode', 'ExecutionType'];

/**
 * Every place in a (valid) definition that the builder DSL cannot express: fields the options do not
 * take (a Map's legacy `Iterator`/`Parameters`, a constant `Condition`, a `Comment` inside a
 * condition, `Credentials` or a reader of a JSONata state, …), at any depth of
 * Parallel branches and Map processors.
 */
export function unsupportedFeatures(definition: JsonObject): UnsupportedFeature[] {
  const found: UnsupportedFeature[] = [];
  for (const key of Object.keys(definition)) {
    if (!MACHINE_FIELDS.includes(key)) found.push({ field: key, pointer: pointer('', key), message: `The machine's "${key}" field` });
  }
  const jsonata = definition.QueryLanguage === 'JSONata';
  found.push(...scopeFeatures(definition.States as Record<string, JsonObject>, '/States', jsonata));
  return found;
}

function scopeFeatures(states: Record<string, JsonObject>, at: string, jsonata: boolean): UnsupportedFeature[] {
  return Object.entries(states).flatMap(([name, state]) => stateFeatures(name, state, pointer(at, name), jsonata));
}

/** `jsonata`: the machine is JSONata (a state's own `QueryLanguage` decides for it). */
function stateFeatures(name: string, state: JsonObject, at: string, jsonata: boolean): UnsupportedFeature[] {
  const type = state.Type as string;
  const allowed = STATE_FIELDS[type];
  if (allowed === undefined) return [{ state: name, field: 'Type', pointer: pointer(at, 'Type'), message: `State "${name}": ${type} states` }];
  const found = Object.keys(state)
    .filter((key) => !allowed.includes(key))
    .map((key) => field(name, pointer(at, key), key, `State "${name}": ${WHY[key] ?? `its "${key}" field`}`));
  for (const key of isJsonataState(state, jsonata) ? (JSONPATH_ONLY[type] ?? []) : []) {
    if (state[key] !== undefined) found.push(field(name, pointer(at, key), key, `State "${name}": its "${key}" field in JSONata (the builder's JSONata ${type} options lack it)`));
  }
  found.push(...listFeatures(name, state, at, 'Retry', 'retrier', RETRIER_FIELDS));
  found.push(...listFeatures(name, state, at, 'Catch', 'catcher', CATCHER_FIELDS));
  if (Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, i) => {
      if (!isJsonObject(rule)) return;
      const ruleAt = pointer(pointer(at, 'Choices'), i);
      if (rule.Condition !== undefined && typeof rule.Condition !== 'string') {
        found.push(field(name, pointer(ruleAt, 'Condition'), 'Condition', `State "${name}": the constant "Condition" of Choice rule ${i} (the builder's condition() takes a '{% … %}' expression)`));
      }
      found.push(...nestedComments(name, rule, ruleAt));
    });
  }
  if (Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, i) => {
      if (isJsonObject(branch)) found.push(...nestedFeatures(name, branch, pointer(pointer(at, 'Branches'), i), `branch ${i}`, SCOPE_FIELDS, jsonata));
    });
  }
  if (isJsonObject(state.ItemProcessor)) found.push(...processorFeatures(name, state.ItemProcessor, pointer(at, 'ItemProcessor'), jsonata));
  return found;
}

/** `Comment` on the conditions inside `And`/`Or`/`Not`: the builder comments a whole rule only. */
function nestedComments(name: string, rule: JsonObject, at: string): UnsupportedFeature[] {
  const inner: [JsonObject, string][] = [];
  for (const key of ['And', 'Or'] as const) {
    const list = rule[key];
    if (Array.isArray(list)) list.forEach((item, i) => { if (isJsonObject(item)) inner.push([item, pointer(pointer(at, key), i)]); });
  }
  if (isJsonObject(rule.Not)) inner.push([rule.Not, pointer(at, 'Not')]);
  return inner.flatMap(([condition, conditionAt]) => [
    ...(condition.Comment === undefined ? [] : [field(name, pointer(conditionAt, 'Comment'), 'Comment', `State "${name}": a "Comment" inside a condition (the builder writes the comment of a whole rule)`)]),
    ...nestedComments(name, condition, conditionAt),
  ]);
}

function listFeatures(name: string, state: JsonObject, at: string, key: 'Retry' | 'Catch', what: string, allowed: readonly string[]): UnsupportedFeature[] {
  const list = state[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) =>
    isJsonObject(item)
      ? Object.keys(item).filter((k) => !allowed.includes(k)).map((k) => field(name, pointer(pointer(pointer(at, key), i), k), k, `State "${name}": the "${k}" field of ${what} ${i} (the builder's ${what} options lack it)`))
      : [],
  );
}

function processorFeatures(name: string, processor: JsonObject, at: string, jsonata: boolean): UnsupportedFeature[] {
  const found = nestedFeatures(name, processor, at, 'its item processor', [...SCOPE_FIELDS, 'ProcessorConfig'], jsonata);
  const config = processor.ProcessorConfig;
  if (!isJsonObject(config)) return found;
  const configAt = pointer(at, 'ProcessorConfig');
  if (Object.keys(config).length === 0) found.push(field(name, configAt, 'ProcessorConfig', `State "${name}": an empty "ProcessorConfig" (the builder writes it only with a mode or execution type)`));
  for (const key of Object.keys(config)) {
    if (!PROCESSOR_CONFIG_FIELDS.includes(key)) found.push(field(name, pointer(configAt, key), key, `State "${name}": the "${key}" field of its processor configuration`));
  }
  return found;
}

/** The fields of a branch or processor the builder cannot write, then its states' features. */
function nestedFeatures(name: string, scope: JsonObject, at: string, what: string, allowed: readonly string[], jsonata: boolean): UnsupportedFeature[] {
  const found = Object.keys(scope)
    .filter((key) => !allowed.includes(key))
    .map((key) => field(name, pointer(at, key), key, `State "${name}": the "${key}" field of ${what}`));
  if (isJsonObject(scope.States)) found.push(...scopeFeatures(scope.States as Record<string, JsonObject>, pointer(at, 'States'), jsonata));
  return found;
}

function field(state: string, at: string, key: string, message: string): UnsupportedFeature {
  return { state, field: key, pointer: at, message };
}
