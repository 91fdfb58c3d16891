import type { JsonObject, JsonValue } from '../asl/index.js';

/**
 * The key order of `toJson()` (and of the objects `toAsl()` returns): the machine's fields, then each
 * state's `Type`, `Comment`, the fields in the order of the ASL specification's field tables, and
 * `Next`/`End` last. Payload templates (`Parameters`, `ResultSelector`, `Result`) keep the order
 * they were written in.
 */
export const MACHINE_KEYS = ['Comment', 'QueryLanguage', 'StartAt', 'TimeoutSeconds', 'Version', 'States'] as const;

/** The key order of a state. */
export const STATE_KEYS = [
  'Type', 'Comment', 'QueryLanguage',
  'Resource', 'InputPath', 'Parameters', 'Credentials', 'Arguments',
  'Branches', 'ItemReader', 'ItemsPath', 'Items', 'ItemSelector', 'ItemBatcher', 'ItemProcessor', 'MaxConcurrency', 'MaxConcurrencyPath',
  'ToleratedFailureCount', 'ToleratedFailureCountPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label', 'ResultWriter',
  'Result', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign',
  'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath',
  'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath',
  'Choices', 'Default',
  'Error', 'ErrorPath', 'Cause', 'CausePath',
  'Retry', 'Catch',
  'Next', 'End',
] as const;

/** The key order of a Choice rule or expression: `Variable`, its operator (or JSONata `Condition`), `And`/`Or`/`Not`, `Assign`, `Output`, `Next`. */
export function ruleKeys(rule: JsonObject): string[] {
  const operator = Object.keys(rule).filter((k) => !['Variable', 'And', 'Or', 'Not', 'Next', 'Comment', 'Assign', 'Output'].includes(k));
  return ['Variable', ...operator, 'And', 'Or', 'Not', 'Comment', 'Assign', 'Output', 'Next'];
}

/** The key order of a retrier. */
export const RETRIER_KEYS = ['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment'] as const;

/** The key order of a catcher. */
export const CATCHER_KEYS = ['ErrorEquals', 'ResultPath', 'Output', 'Assign', 'Comment', 'Next'] as const;

/** `object` with its keys in `order` (keys not listed are dropped; none are, by construction). */
export function ordered(object: JsonObject, order: readonly string[]): JsonObject {
  const out: Record<string, JsonValue> = {};
  for (const key of order) {
    const value = object[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
