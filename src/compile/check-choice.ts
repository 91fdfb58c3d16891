import { CHOICE_OPERATORS } from '../asl/index.js';
import { isJsonObject, jsonTypeName } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { didYouMean } from '../internal/suggest.js';
import { isJsonataString } from '../jsonata/expression.js';
import { parsePath } from '../paths/syntax.js';
import { checkJsonPathFields } from './check-jsonpath.js';
import type { CheckContext, QueryLanguage } from './context.js';

const LOGICAL = ['And', 'Or', 'Not'] as const;
const JSONATA_RULE_FIELDS: ReadonlySet<string> = new Set(['Condition', 'Next', 'Comment', 'Assign', 'Output']);
const JSONPATH_RULE_FIELDS: ReadonlySet<string> = new Set(['Variable', 'Next', 'Comment', 'Assign', ...LOGICAL, ...Object.keys(CHOICE_OPERATORS)]);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Checks `Choices`: a non-empty list of rules, each well-formed in the state's language, each top-level rule with a `Next`. */
export function checkChoice(ctx: CheckContext, state: Record<string, unknown>, path: string, language: QueryLanguage): void {
  const choices = state.Choices;
  const choicesPath = pointer(path, 'Choices');
  if (choices === undefined) return; // reported as a missing required field
  if (!Array.isArray(choices) || choices.length === 0) {
    ctx.report.schema(choicesPath, Array.isArray(choices) ? "Value cannot be empty: 'Choices' needs at least one rule" : `Expected value of type [ARRAY] for 'Choices', got ${jsonTypeName(choices)}`);
    return;
  }
  choices.forEach((rule, index) => {
    const rulePath = pointer(choicesPath, index);
    if (!isJsonObject(rule)) {
      ctx.report.schema(rulePath, `A Choice rule must be an object, got ${jsonTypeName(rule)}`);
      return;
    }
    if (typeof rule.Next !== 'string') {
      ctx.report.schema(rulePath, rule.Next === undefined ? 'These fields are required: [Next]' : "The value of 'Next' must be a string");
    }
    if (language === 'JSONata') checkJsonataRule(ctx, rule, rulePath);
    else checkJsonPathRule(ctx, rule, rulePath, true);
  });
}

function checkJsonataRule(ctx: CheckContext, rule: Record<string, unknown>, path: string): void {
  for (const field of Object.keys(rule)) {
    if (!JSONATA_RULE_FIELDS.has(field)) ctx.report.schema(path, unsupported(field, 'JSONata'));
  }
  const condition = rule.Condition;
  if (condition === undefined) {
    ctx.report.schema(path, 'These fields are required: [Condition]');
  } else if (typeof condition !== 'boolean' && !(typeof condition === 'string' && isJsonataString(condition))) {
    ctx.report.schema(pointer(path, 'Condition'), "The value of 'Condition' must be a JSONata expression '{% … %}' or a boolean");
  }
}

function checkJsonPathRule(ctx: CheckContext, rule: Record<string, unknown>, path: string, topLevel: boolean): void {
  let unknownFields = 0;
  for (const field of Object.keys(rule)) {
    if (!JSONPATH_RULE_FIELDS.has(field)) {
      unknownFields += 1;
      ctx.report.schema(path, unsupported(field, 'JSONPath'));
    } else if (!topLevel && (field === 'Next' || field === 'Assign')) ctx.report.schema(path, `Field '${field}' is only allowed on a top-level Choice rule`);
  }
  if (topLevel) checkJsonPathFields(ctx, rule, path);
  const logical = LOGICAL.filter((field) => rule[field] !== undefined);
  const operators = Object.keys(rule).filter((field) => field in CHOICE_OPERATORS);
  if (logical.length + operators.length === 0) {
    // A misspelt operator was reported as unsupported already; saying it is missing would repeat it.
    if (unknownFields === 0) ctx.report.schema(path, "A Choice rule needs a comparison operator (with 'Variable') or one of 'And', 'Or', 'Not'");
  } else if (logical.length + operators.length > 1) {
    ctx.report.schema(path, `A Choice rule can have only one operator, found [${[...logical, ...operators].join(', ')}]`);
  } else if (logical[0] !== undefined) {
    if (rule.Variable !== undefined) ctx.report.schema(path, `Field 'Variable' is not allowed beside '${logical[0]}'`);
    checkLogical(ctx, logical[0], rule[logical[0]], pointer(path, logical[0]));
  } else if (operators[0] !== undefined) {
    checkComparison(ctx, rule, path, operators[0]);
  }
}

function checkLogical(ctx: CheckContext, operator: (typeof LOGICAL)[number], operand: unknown, path: string): void {
  if (operator === 'Not') {
    if (isJsonObject(operand)) checkJsonPathRule(ctx, operand, path, false);
    else ctx.report.schema(path, `The value of 'Not' must be a Choice rule object, got ${jsonTypeName(operand)}`);
    return;
  }
  if (!Array.isArray(operand) || operand.length === 0) {
    ctx.report.schema(path, `The value of '${operator}' must be a non-empty array of Choice rules`);
    return;
  }
  operand.forEach((rule, index) => {
    const rulePath = pointer(path, index);
    if (isJsonObject(rule)) checkJsonPathRule(ctx, rule, rulePath, false);
    else ctx.report.schema(rulePath, `A Choice rule must be an object, got ${jsonTypeName(rule)}`);
  });
}

function checkComparison(ctx: CheckContext, rule: Record<string, unknown>, path: string, operator: string): void {
  const variable = rule.Variable;
  if (variable === undefined) {
    ctx.report.schema(path, 'These fields are required: [Variable]');
  } else if (typeof variable !== 'string') {
    ctx.report.schema(pointer(path, 'Variable'), "The value of 'Variable' must be a string");
  } else {
    checkReferencePath(ctx, variable, pointer(path, 'Variable'), 'Variable');
  }
  const operand = rule[operator];
  const operandPath = pointer(path, operator);
  const expected = CHOICE_OPERATORS[operator];
  if (expected === 'path') {
    if (typeof operand === 'string') checkReferencePath(ctx, operand, operandPath, operator);
    else ctx.report.schema(operandPath, `The value of '${operator}' must be a reference path string`);
  } else if (expected === 'timestamp') {
    if (typeof operand !== 'string' || !RFC3339.test(operand)) ctx.report.schema(operandPath, `The value of '${operator}' must be an RFC3339 timestamp string`);
  } else if (typeof operand !== expected) {
    ctx.report.schema(operandPath, `The value of '${operator}' must be a ${String(expected)}, got ${jsonTypeName(operand)}`);
  }
}

function checkReferencePath(ctx: CheckContext, value: string, path: string, field: string): void {
  const parsed = parsePath(value, 'reference');
  if (!parsed.ok) ctx.report.schema(path, `The value for the field '${field}' must be a valid reference path: ${parsed.message}`);
}

function unsupported(field: string, language: QueryLanguage): string {
  const other: QueryLanguage = language === 'JSONPath' ? 'JSONata' : 'JSONPath';
  const belongsToOther = language === 'JSONPath' ? JSONATA_RULE_FIELDS.has(field) : JSONPATH_RULE_FIELDS.has(field);
  return belongsToOther
    ? `The QueryLanguage is set to '${language}', but field '${field}' is only supported for the '${other}' QueryLanguage`
    : `Field '${field}' is not supported in a Choice rule${didYouMean(field, language === 'JSONPath' ? JSONPATH_RULE_FIELDS : JSONATA_RULE_FIELDS)}`;
}
