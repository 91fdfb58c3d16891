import type { JsonObject } from '../internal/json-object.js';
import { printValue } from './source-text.js';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A Choice rule's boolean expression as condition-builder code on `c`: `c.stringEquals('$.status',
 * 'FAILED')`, `c.and(…)`, `c.or(…)`, `c.not(…)`.
 */
export function conditionCode(rule: JsonObject): string {
  if (Array.isArray(rule.And)) return `c.and(${(rule.And as JsonObject[]).map(conditionCode).join(', ')})`;
  if (Array.isArray(rule.Or)) return `c.or(${(rule.Or as JsonObject[]).map(conditionCode).join(', ')})`;
  if (typeof rule.Not === 'object' && rule.Not !== null) return `c.not(${conditionCode(rule.Not as JsonObject)})`;
  const operator = Object.keys(rule).find((key) => key !== 'Variable' && key !== 'Next' && key !== 'Comment') as string;
  return `c.${lowerFirst(operator)}(${printValue(rule.Variable as string)}, ${printValue(rule[operator] as string)})`;
}
