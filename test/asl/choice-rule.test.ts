import { describe, expect, it } from 'vitest';
import {
  CHOICE_OPERATOR_NAMES,
  CHOICE_OPERATORS,
  ChoiceExpressionJsonPathSchema,
  ChoiceRuleJsonataSchema,
  ChoiceRuleJsonPathSchema,
} from '../../src/asl/index.js';

describe('CHOICE_OPERATORS', () => {
  it('lists every comparison operator with the operand it takes', () => {
    expect(CHOICE_OPERATOR_NAMES).toHaveLength(39);
    expect(CHOICE_OPERATORS.StringEquals).toBe('string');
    expect(CHOICE_OPERATORS.StringMatches).toBe('string');
    expect(CHOICE_OPERATORS.NumericLessThanEquals).toBe('number');
    expect(CHOICE_OPERATORS.BooleanEquals).toBe('boolean');
    expect(CHOICE_OPERATORS.TimestampGreaterThan).toBe('timestamp');
    expect(CHOICE_OPERATORS.TimestampGreaterThanPath).toBe('path');
    expect(CHOICE_OPERATORS.IsPresent).toBe('boolean');
    const byPrefix = { String: 'string', Numeric: 'number', Boolean: 'boolean', Timestamp: 'timestamp', Is: 'boolean' } as const;
    for (const name of CHOICE_OPERATOR_NAMES) {
      const prefix = (Object.keys(byPrefix) as (keyof typeof byPrefix)[]).find((p) => name.startsWith(p));
      expect(CHOICE_OPERATORS[name], name).toBe(name.endsWith('Path') ? 'path' : prefix && byPrefix[prefix]);
    }
    expect(CHOICE_OPERATORS.StringMatchesPath).toBeUndefined();
  });

  it('has no prototype, so only operator names are `in` it', () => {
    expect('StringEquals' in CHOICE_OPERATORS).toBe(true);
    expect('toString' in CHOICE_OPERATORS).toBe(false);
    expect('Variable' in CHOICE_OPERATORS).toBe(false);
    expect(Object.isFrozen(CHOICE_OPERATORS)).toBe(true);
  });
});

describe('JSONPath rules', () => {
  it('parses data tests, nested And/Or/Not, and top-level Next with Assign', () => {
    const rule = {
      And: [
        { Variable: '$.status', StringEquals: 'OK' },
        { Not: { Variable: '$.count', NumericGreaterThanPath: '$.limit' } },
        { Or: [{ Variable: '$$.Execution.Name', StringMatches: 'nightly-*' }, { Variable: '$.at', TimestampLessThan: '2024-01-01T00:00:00Z' }] },
      ],
      Next: 'Done',
      Assign: { 'seen.$': '$.status' },
      Comment: 'all good',
    };
    expect(ChoiceRuleJsonPathSchema.safeParse(rule).error?.issues).toBeUndefined();
  });

  it('checks operand types and refuses unknown fields, empty And/Or and a JSONata Condition', () => {
    expect(ChoiceExpressionJsonPathSchema.safeParse({ Variable: '$.a', StringEquals: 42 }).error?.issues[0]?.path).toEqual(['StringEquals']);
    expect(ChoiceExpressionJsonPathSchema.safeParse({ Variable: '$.a', TimestampEquals: '2024-01-01' }).success).toBe(false);
    expect(ChoiceExpressionJsonPathSchema.safeParse({ Variable: '$.a', IsNull: 'yes' }).success).toBe(false);
    expect(ChoiceExpressionJsonPathSchema.safeParse({ And: [] }).error?.issues[0]?.message).toBe('Value cannot be empty');
    expect(ChoiceExpressionJsonPathSchema.safeParse({ Or: [{ Variable: '$.a', Frob: 1 }] }).error?.issues[0]?.path).toEqual(['Or', 0]);
    expect(ChoiceRuleJsonPathSchema.safeParse({ Condition: '{% true %}', Next: 'A' }).success).toBe(false);
  });

  it('keeps Next and Assign to top-level rules', () => {
    expect('Next' in ChoiceExpressionJsonPathSchema.shape).toBe(false);
    expect('Assign' in ChoiceExpressionJsonPathSchema.shape).toBe(false);
    expect(ChoiceExpressionJsonPathSchema.safeParse({ Not: { Variable: '$.a', IsNull: true, Next: 'X' } }).success).toBe(false);
    expect(ChoiceRuleJsonPathSchema.safeParse({ Variable: '$.a', IsNull: true }).error?.issues[0]?.path).toEqual(['Next']);
  });
});

describe('JSONata rules', () => {
  it('take a Condition expression (or boolean), Next, and optional Comment, Assign and Output', () => {
    expect(ChoiceRuleJsonataSchema.safeParse({ Condition: '{% $states.input.n > 1 %}', Next: 'A', Output: { n: 1 }, Assign: { x: 1 }, Comment: 'c' }).success).toBe(true);
    expect(ChoiceRuleJsonataSchema.safeParse({ Condition: true, Next: 'A' }).success).toBe(true);
    expect(ChoiceRuleJsonataSchema.safeParse({ Condition: '$states.input.n > 1', Next: 'A' }).success).toBe(false);
    expect(ChoiceRuleJsonataSchema.safeParse({ Condition: '{% 1 %}', Next: 'A', Variable: '$.a' }).success).toBe(false);
    expect(ChoiceRuleJsonataSchema.safeParse({ Condition: '{% 1 %}' }).success).toBe(false);
  });
});
