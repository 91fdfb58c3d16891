import type { JsonObject } from '../internal/json-object.js';
import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import type { UnsupportedFeature } from './unsupported-feature-error.js';

const FLOW = ['Next', 'End'];
const IO = ['InputPath', 'OutputPath'];
const RESULT = ['ResultSelector', 'ResultPath', 'Retry', 'Catch'];

/** The fields the builder can write, per state kind (JSONPath only). */
const STATE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Pass: ['Type', 'Comment', ...IO, 'Parameters', 'Result', 'ResultPath', ...FLOW],
  Task: ['Type', 'Comment', 'Resource', ...IO, 'Parameters', 'Credentials', ...RESULT, 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', ...FLOW],
  Parallel: ['Type', 'Comment', ...IO, 'Parameters', 'Branches', ...RESULT, ...FLOW],
  Map: ['Type', 'Comment', ...IO, 'ItemsPath', 'ItemSelector', 'ItemProcessor', 'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailureCount', 'ToleratedFailureCountPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label', ...RESULT, ...FLOW],
  Wait: ['Type', 'Comment', ...IO, 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', ...FLOW],
  Succeed: ['Type', 'Comment', ...IO],
  Fail: ['Type', 'Comment', 'Error', 'Cause', 'ErrorPath', 'CausePath'],
  Choice: ['Type', 'Comment', ...IO, 'Choices', 'Default'],
};
/** Why the builder cannot write a field that a state kind has in ASL. */
const WHY: Readonly<Record<string, string>> = {
  Iterator: 'the legacy "Iterator" field (the builder writes "ItemProcessor", which AWS reads the same)',
  Parameters: 'the legacy "Parameters" field of a Map (the builder writes "ItemSelector", which AWS reads the same)',
};
const MACHINE_FIELDS = ['Comment', 'StartAt', 'TimeoutSeconds', 'Version', 'States'];
const RETRIER_FIELDS = ['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment'];
const CATCHER_FIELDS = ['ErrorEquals', 'ResultPath', 'Next', 'Comment'];
const RULE_EXTRAS = ['Condition', 'Assign'];
const SCOPE_FIELDS = ['StartAt', 'States'];
const PROCESSOR_CONFIG_FIELDS = ['Mode', 'ExecutionType'];

/**
 * Every place in a (valid) definition that the builder DSL cannot express: fields the options do not
 * take (`Assign`, JSONata fields, `QueryLanguage`, a Map's legacy `Iterator`/`Parameters`, its
 * `ItemReader`, …), at any depth of Parallel branches and Map processors.
 */
export function unsupportedFeatures(definition: JsonObject): UnsupportedFeature[] {
  const found: UnsupportedFeature[] = [];
  for (const key of Object.keys(definition)) {
    if (!MACHINE_FIELDS.includes(key)) found.push({ field: key, pointer: pointer('', key), message: `The machine's "${key}" field` });
  }
  found.push(...scopeFeatures(definition.States as Record<string, JsonObject>, '/States'));
  return found;
}

function scopeFeatures(states: Record<string, JsonObject>, at: string): UnsupportedFeature[] {
  return Object.entries(states).flatMap(([name, state]) => stateFeatures(name, state, pointer(at, name)));
}

function stateFeatures(name: string, state: JsonObject, at: string): UnsupportedFeature[] {
  const type = state.Type as string;
  const allowed = STATE_FIELDS[type];
  if (allowed === undefined) return [{ state: name, field: 'Type', pointer: pointer(at, 'Type'), message: `State "${name}": ${type} states` }];
  const found = Object.keys(state)
    .filter((key) => !allowed.includes(key))
    .map((key) => field(name, pointer(at, key), key, `State "${name}": ${WHY[key] ?? `its "${key}" field`}`));
  found.push(...listFeatures(name, state, at, 'Retry', 'retrier', RETRIER_FIELDS));
  found.push(...listFeatures(name, state, at, 'Catch', 'catcher', CATCHER_FIELDS));
  if (Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, i) => {
      if (!isJsonObject(rule)) return;
      const ruleAt = pointer(pointer(at, 'Choices'), i);
      for (const key of Object.keys(rule)) {
        if (RULE_EXTRAS.includes(key)) found.push(field(name, pointer(ruleAt, key), key, `State "${name}": the "${key}" field of Choice rule ${i}`));
      }
      found.push(...nestedComments(name, rule, ruleAt));
    });
  }
  if (Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, i) => {
      if (isJsonObject(branch)) found.push(...nestedFeatures(name, branch, pointer(pointer(at, 'Branches'), i), `branch ${i}`, SCOPE_FIELDS));
    });
  }
  if (isJsonObject(state.ItemProcessor)) found.push(...processorFeatures(name, state.ItemProcessor, pointer(at, 'ItemProcessor')));
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
      ? Object.keys(item).filter((k) => !allowed.includes(k)).map((k) => field(name, pointer(pointer(pointer(at, key), i), k), k, `State "${name}": the "${k}" field of ${what} ${i}`))
      : [],
  );
}

function processorFeatures(name: string, processor: JsonObject, at: string): UnsupportedFeature[] {
  const found = nestedFeatures(name, processor, at, 'its item processor', [...SCOPE_FIELDS, 'ProcessorConfig']);
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
function nestedFeatures(name: string, scope: JsonObject, at: string, what: string, allowed: readonly string[]): UnsupportedFeature[] {
  const found = Object.keys(scope)
    .filter((key) => !allowed.includes(key))
    .map((key) => field(name, pointer(at, key), key, `State "${name}": the "${key}" field of ${what}`));
  if (isJsonObject(scope.States)) found.push(...scopeFeatures(scope.States as Record<string, JsonObject>, pointer(at, 'States')));
  return found;
}

function field(state: string, at: string, key: string, message: string): UnsupportedFeature {
  return { state, field: key, pointer: at, message };
}
