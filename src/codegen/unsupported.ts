import type { JsonObject } from '../internal/json-object.js';
import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import type { UnsupportedFeature } from './unsupported-feature-error.js';

const FLOW = ['Next', 'End'];
const IO = ['InputPath', 'OutputPath'];

/** The fields the builder can write, per state kind (JSONPath only). */
const STATE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Pass: ['Type', 'Comment', ...IO, 'Parameters', 'Result', 'ResultPath', ...FLOW],
  Task: ['Type', 'Comment', 'Resource', ...IO, 'Parameters', 'ResultSelector', 'ResultPath', 'TimeoutSeconds', 'HeartbeatSeconds', 'Retry', ...FLOW],
  Wait: ['Type', 'Comment', ...IO, 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', ...FLOW],
  Succeed: ['Type', 'Comment', ...IO],
  Fail: ['Type', 'Comment', 'Error', 'Cause', 'ErrorPath', 'CausePath'],
  Choice: ['Type', 'Comment', 'Choices', 'Default'],
};
const MACHINE_FIELDS = ['Comment', 'StartAt', 'TimeoutSeconds', 'States'];
const RETRIER_FIELDS = ['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment'];
const RULE_EXTRAS = ['Condition', 'Assign', 'Comment'];
const FLOWING = new Set(['Pass', 'Task', 'Wait']);

/**
 * Every place in a (valid) definition that the builder DSL cannot express: state kinds (`Parallel`,
 * `Map`), fields the options do not take (`Catch`, `Assign`, JSONata fields, `QueryLanguage`, …), and
 * more than one Pass/Task/Wait state with `End: true` (a chain leaves only its last end open).
 */
export function unsupportedFeatures(definition: JsonObject): UnsupportedFeature[] {
  const found: UnsupportedFeature[] = [];
  for (const key of Object.keys(definition)) {
    if (!MACHINE_FIELDS.includes(key)) found.push({ field: key, pointer: pointer('', key), message: `The machine's "${key}" field` });
  }
  const states = definition.States as Record<string, JsonObject>;
  for (const [name, state] of Object.entries(states)) found.push(...stateFeatures(name, state));
  const ends = Object.entries(states).filter(([, s]) => FLOWING.has(s.Type as string) && s.End === true).map(([name]) => name);
  for (const name of ends.slice(1)) {
    found.push({
      state: name,
      field: 'End',
      pointer: pointer(pointer('/States', name), 'End'),
      message: `State "${name}": "End" on a second ${states[name]?.Type as string} state ("${ends[0] as string}" ends too); a chain can leave only one end open`,
    });
  }
  return found;
}

function stateFeatures(name: string, state: JsonObject): UnsupportedFeature[] {
  const at = pointer('/States', name);
  const type = state.Type as string;
  const allowed = STATE_FIELDS[type];
  if (allowed === undefined) return [{ state: name, field: 'Type', pointer: pointer(at, 'Type'), message: `State "${name}": ${type} states` }];
  const found = Object.keys(state)
    .filter((key) => !allowed.includes(key))
    .map((key) => field(name, pointer(at, key), key, `State "${name}": its "${key}" field`));
  if (Array.isArray(state.Retry)) {
    state.Retry.forEach((retrier, i) => {
      if (!isJsonObject(retrier)) return;
      for (const key of Object.keys(retrier)) {
        if (!RETRIER_FIELDS.includes(key)) found.push(field(name, pointer(pointer(pointer(at, 'Retry'), i), key), key, `State "${name}": the "${key}" field of retrier ${i}`));
      }
    });
  }
  if (Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, i) => {
      if (!isJsonObject(rule)) return;
      for (const key of Object.keys(rule)) {
        if (RULE_EXTRAS.includes(key)) found.push(field(name, pointer(pointer(pointer(at, 'Choices'), i), key), key, `State "${name}": the "${key}" field of Choice rule ${i}`));
      }
    });
  }
  return found;
}

function field(state: string, at: string, key: string, message: string): UnsupportedFeature {
  return { state, field: key, pointer: at, message };
}
