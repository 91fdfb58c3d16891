import type { JsonObject } from '../internal/json-object.js';
import { printValue } from './source-text.js';

/** The rule fields besides its operator. */
const NOT_OPERATORS = new Set(['Variable', 'Next', 'Comment', 'Assign', 'Output']);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A Choice rule's boolean expression as condition-builder code on `c`: `c.stringEquals('$.status',
 * 'FAILED')`, `c.and(…)`, `c.or(…)`, `c.not(…)`; a JSONata `Condition` as `condition('{% … %}')`.
 */
export function conditionCode(rule: JsonObject): string {
  if (typeof rule.Condition === 'string') return `condition(${printValue(rule.Condition)})`;
  if (Array.isArray(rule.And)) return `c.and(${(rule.And as JsonObject[]).map(conditionCode).join(', ')})`;
  if (Array.isArray(rule.Or)) return `c.or(${(rule.Or as JsonObject[]).map(conditionCode).join(', ')})`;
  if (typeof rule.Not === 'object' && rule.Not !== null) return `c.not(${conditionCode(rule.Not as JsonObject)})`;
  const operator = Object.keys(rule).find((key) => !NOT_OPERATORS.has(key)) as string;
  return `c.${lowerFirst(operator)}(${printValue(rule.Variable as string)}, ${printValue(rule[operator] as string)})`;
}

/** Whether any Choice rule of `states` (flattened, at any depth) has a JSONata `Condition`. */
export function hasJsonataCondition(states: Record<string, JsonObject>): boolean {
  return Object.values(states).some((state) => Array.isArray(state.Choices) && (state.Choices as JsonObject[]).some((rule) => rule.Condition !== undefined));
}
