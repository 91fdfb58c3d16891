import type { ChoiceExpressionJsonPath, ChoiceRule } from '../asl/choice-rule.js';

const COMPARISON = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$/;
const SYMBOLS: Readonly<Record<string, string>> = { Equals: '==', LessThan: '<', GreaterThan: '>', LessThanEquals: '<=', GreaterThanEquals: '>=' };
const TYPE_TESTS: Readonly<Record<string, string>> = {
  IsNull: 'null',
  IsPresent: 'present',
  IsNumeric: 'numeric',
  IsString: 'string',
  IsBoolean: 'boolean',
  IsTimestamp: 'timestamp',
};

/**
 * A Choice rule as a short readable condition: `$.status == "FAILED"`, `$.n >= $.limit`,
 * `$.x is not null`, `($.a == 1) and (not ($.b is present))`; a JSONata `Condition` without its `{% %}`.
 *
 * @example
 * ```ts
 * import { describeChoiceRule } from 'statewright';
 *
 * console.log(describeChoiceRule({ Variable: '$.status', StringEquals: 'FAILED', Next: 'Job Failed' })); // $.status == "FAILED"
 * ```
 */
export function describeChoiceRule(rule: ChoiceRule | ChoiceExpressionJsonPath): string {
  if ('Condition' in rule) return typeof rule.Condition === 'boolean' ? String(rule.Condition) : rule.Condition.replace(/^\{%\s*([\s\S]*?)\s*%\}$/, '$1');
  if (rule.And !== undefined) return rule.And.map(nested).join(' and ');
  if (rule.Or !== undefined) return rule.Or.map(nested).join(' or ');
  if (rule.Not !== undefined) return `not ${nested(rule.Not)}`;
  const variable = rule.Variable ?? '?';
  for (const [field, value] of Object.entries(rule)) {
    if (value === undefined) continue;
    const test = TYPE_TESTS[field];
    if (test !== undefined) return `${variable} is ${value === false ? 'not ' : ''}${test}`;
    if (field === 'StringMatches') return `${variable} matches ${JSON.stringify(value)}`;
    const comparison = COMPARISON.exec(field);
    const symbol = comparison?.[2] === undefined ? undefined : SYMBOLS[comparison[2]];
    if (symbol !== undefined) return `${variable} ${symbol} ${comparison?.[3] === undefined ? JSON.stringify(value) : String(value)}`;
  }
  return variable;
}

function nested(rule: ChoiceExpressionJsonPath): string {
  const text = describeChoiceRule(rule);
  return text.includes(' ') ? `(${text})` : text;
}
