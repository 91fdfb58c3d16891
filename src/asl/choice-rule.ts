import { z } from 'zod';
import { JsonataStringSchema, nonEmptyArray, ReferencePathSchema, StateNameSchema, TimestampSchema } from './common.js';
import { JsonObjectSchema, JsonValueSchema } from './json.js';

/** What a comparison operator takes: a JSON string, number or boolean, an RFC3339 timestamp string, or a reference path. */
export type ChoiceOperand = 'string' | 'number' | 'boolean' | 'timestamp' | 'path';

const OPERATOR_OPERANDS = {
  StringEquals: 'string',
  StringEqualsPath: 'path',
  StringLessThan: 'string',
  StringLessThanPath: 'path',
  StringGreaterThan: 'string',
  StringGreaterThanPath: 'path',
  StringLessThanEquals: 'string',
  StringLessThanEqualsPath: 'path',
  StringGreaterThanEquals: 'string',
  StringGreaterThanEqualsPath: 'path',
  StringMatches: 'string',
  NumericEquals: 'number',
  NumericEqualsPath: 'path',
  NumericLessThan: 'number',
  NumericLessThanPath: 'path',
  NumericGreaterThan: 'number',
  NumericGreaterThanPath: 'path',
  NumericLessThanEquals: 'number',
  NumericLessThanEqualsPath: 'path',
  NumericGreaterThanEquals: 'number',
  NumericGreaterThanEqualsPath: 'path',
  BooleanEquals: 'boolean',
  BooleanEqualsPath: 'path',
  TimestampEquals: 'timestamp',
  TimestampEqualsPath: 'path',
  TimestampLessThan: 'timestamp',
  TimestampLessThanPath: 'path',
  TimestampGreaterThan: 'timestamp',
  TimestampGreaterThanPath: 'path',
  TimestampLessThanEquals: 'timestamp',
  TimestampLessThanEqualsPath: 'path',
  TimestampGreaterThanEquals: 'timestamp',
  TimestampGreaterThanEqualsPath: 'path',
  IsNull: 'boolean',
  IsPresent: 'boolean',
  IsNumeric: 'boolean',
  IsString: 'boolean',
  IsBoolean: 'boolean',
  IsTimestamp: 'boolean',
} as const satisfies Record<string, ChoiceOperand>;

/** The name of a JSONPath comparison operator (`StringEquals`, `NumericLessThanPath`, `IsPresent`, ...). */
export type ChoiceOperator = keyof typeof OPERATOR_OPERANDS;

/** Every comparison operator name, in documentation order. */
export const CHOICE_OPERATOR_NAMES = Object.keys(OPERATOR_OPERANDS) as readonly ChoiceOperator[];

/**
 * Each comparison operator with the operand it takes. A data-test rule has `Variable` and exactly one of these
 * (the validator checks "exactly one"). The table has no prototype, so `'toString' in CHOICE_OPERATORS` is false.
 *
 * @example
 * ```ts
 * import { CHOICE_OPERATORS } from 'statewright';
 *
 * const rule = { Variable: '$.status', StringEquals: 'FAILED', Next: 'Fail' };
 * const operators = Object.keys(rule).filter((field) => field in CHOICE_OPERATORS);
 * console.log(operators, CHOICE_OPERATORS.StringEquals); // ['StringEquals'] 'string'
 * ```
 */
export const CHOICE_OPERATORS: Readonly<Record<string, ChoiceOperand>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, ChoiceOperand>, OPERATOR_OPERANDS),
);

const OPERAND_SCHEMAS = {
  string: z.string(),
  number: z.number(),
  boolean: z.boolean(),
  timestamp: TimestampSchema,
  path: ReferencePathSchema,
} as const;

type OperatorShape = {
  [O in ChoiceOperator]: z.ZodOptional<(typeof OPERAND_SCHEMAS)[(typeof OPERATOR_OPERANDS)[O]]>;
};

const operatorShape = Object.fromEntries(
  CHOICE_OPERATOR_NAMES.map((name) => [name, OPERAND_SCHEMAS[OPERATOR_OPERANDS[name]].optional()]),
) as OperatorShape;

const dataTestFields = z.strictObject({
  Variable: ReferencePathSchema.optional(),
  ...operatorShape,
  Comment: z.string().optional(),
});

/**
 * A JSONPath boolean expression nested in `And`, `Or` or `Not`: a data test (`Variable` + one operator) or a
 * logical combination. It has no `Next`. The schema does not enforce "exactly one operator"; the validator does.
 */
export const ChoiceExpressionJsonPathSchema = dataTestFields.extend({
  get And(): z.ZodOptional<z.ZodArray<z.ZodType<ChoiceExpressionJsonPath>>> {
    return nonEmptyArray(ChoiceExpressionJsonPathSchema).optional();
  },
  get Or(): z.ZodOptional<z.ZodArray<z.ZodType<ChoiceExpressionJsonPath>>> {
    return nonEmptyArray(ChoiceExpressionJsonPathSchema).optional();
  },
  get Not(): z.ZodOptional<z.ZodType<ChoiceExpressionJsonPath>> {
    return ChoiceExpressionJsonPathSchema.optional();
  },
});

/**
 * A JSONPath boolean expression nested in `And`, `Or` or `Not`. An interface over the data-test fields, so the
 * self-reference is read the same way in any checking order (a type test keeps it equal to the schema).
 */
export interface ChoiceExpressionJsonPath extends z.infer<typeof dataTestFields> {
  And?: ChoiceExpressionJsonPath[] | undefined;
  Or?: ChoiceExpressionJsonPath[] | undefined;
  Not?: ChoiceExpressionJsonPath | undefined;
}

/** A top-level rule of a JSONPath Choice state: a boolean expression plus `Next` (and optionally `Assign`). */
export const ChoiceRuleJsonPathSchema = ChoiceExpressionJsonPathSchema.extend({
  Next: StateNameSchema,
  Assign: JsonObjectSchema.optional(),
});

/** A top-level rule of a JSONPath Choice state. */
export type ChoiceRuleJsonPath = z.infer<typeof ChoiceRuleJsonPathSchema>;

/** A rule of a JSONata Choice state: `Condition` (a `{% %}` expression or a boolean), `Next`, and optional `Assign`/`Output`. */
export const ChoiceRuleJsonataSchema = z.strictObject({
  Condition: z.union([z.boolean(), JsonataStringSchema]),
  Next: StateNameSchema,
  Comment: z.string().optional(),
  Assign: JsonObjectSchema.optional(),
  Output: JsonValueSchema.optional(),
});

/** A rule of a JSONata Choice state. */
export type ChoiceRuleJsonata = z.infer<typeof ChoiceRuleJsonataSchema>;

/** A top-level Choice rule, in either query language. */
export const ChoiceRuleSchema = z.union([ChoiceRuleJsonPathSchema, ChoiceRuleJsonataSchema]);

/** A top-level Choice rule, in either query language. */
export type ChoiceRule = z.infer<typeof ChoiceRuleSchema>;

/** `Choices` of a JSONPath Choice state: a non-empty list of rules. */
export const ChoicesJsonPathSchema = nonEmptyArray(ChoiceRuleJsonPathSchema);

/** `Choices` of a JSONata Choice state: a non-empty list of rules. */
export const ChoicesJsonataSchema = nonEmptyArray(ChoiceRuleJsonataSchema);
