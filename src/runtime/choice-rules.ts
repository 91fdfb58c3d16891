import { CHOICE_OPERATOR_NAMES, type ChoiceExpressionJsonPath, type ChoiceOperator, type ChoiceRuleJsonPath } from '../asl/choice-rule.js';
import { readPath, type PathScope } from '../paths/evaluate.js';
import { compileStringMatches } from './choice/string-matches.js';
import { compareCodePoints } from './choice/string-order.js';
import { compareInstants, parseTimestamp } from './choice/timestamp.js';
import { StatesRuntime } from './errors.js';

type Test = (scope: PathScope) => boolean;
type Check = (value: unknown, scope: PathScope) => boolean;
/** Negative, zero or positive; `undefined` when the operands are not both of the operator's type. */
type Compare = (value: unknown, operand: unknown) => number | undefined;

// Rules are compiled once per rule object (the definition's own objects).
const compiled = new WeakMap<object, Test>();

/**
 * Evaluates a JSONPath Choice rule (a top-level rule with `Next`, or one nested in `And`/`Or`/`Not`)
 * against the Choice state's effective input, as AWS does: a value of the wrong type makes a
 * comparison false (not an error); a `Variable` or `…Path` operand that selects nothing throws
 * `StatesRuntime`, except for `IsPresent`. `And` and `Or` stop at the first rule that decides.
 *
 * @example
 * const scope = { input: { status: 'FAILED', tries: 3 }, context: {} };
 * matchesChoiceRule({ Variable: '$.status', StringEquals: 'FAILED' }, scope);   // true
 * matchesChoiceRule({ Variable: '$.tries', NumericLessThan: 3 }, scope);        // false
 * matchesChoiceRule({ Variable: '$.missing', IsPresent: false }, scope);       // true
 */
export function matchesChoiceRule(rule: ChoiceRuleJsonPath | ChoiceExpressionJsonPath, scope: PathScope): boolean {
  return compileRule(rule)(scope);
}

function compileRule(rule: ChoiceExpressionJsonPath): Test {
  let test = compiled.get(rule);
  if (test === undefined) {
    test = buildTest(rule);
    compiled.set(rule, test);
  }
  return test;
}

function buildTest(rule: ChoiceExpressionJsonPath): Test {
  if (rule.And !== undefined) {
    const tests = rule.And.map(compileRule);
    return (scope) => tests.every((test) => test(scope));
  }
  if (rule.Or !== undefined) {
    const tests = rule.Or.map(compileRule);
    return (scope) => tests.some((test) => test(scope));
  }
  if (rule.Not !== undefined) {
    const test = compileRule(rule.Not);
    return (scope) => !test(scope);
  }
  const variable = rule.Variable;
  const operator = CHOICE_OPERATOR_NAMES.find((name) => rule[name] !== undefined);
  if (variable === undefined || operator === undefined) {
    throw new StatesRuntime('A Choice rule needs a Variable and a comparison operator, or And, Or or Not');
  }
  if (operator === 'IsPresent') {
    const expected = rule.IsPresent;
    return (scope) => readPath(variable, scope).found === expected;
  }
  const check = buildCheck(operator, rule);
  return (scope) => check(readOperand(variable, scope), scope);
}

const TYPE_TESTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  IsNull: (value) => value === null,
  IsNumeric: (value) => typeof value === 'number',
  IsString: (value) => typeof value === 'string',
  IsBoolean: (value) => typeof value === 'boolean',
  IsTimestamp: (value) => typeof value === 'string' && parseTimestamp(value) !== undefined,
};

const COMPARES: Readonly<Record<string, Compare>> = {
  String: (a, b) => (typeof a === 'string' && typeof b === 'string' ? compareCodePoints(a, b) : undefined),
  Numeric: (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.sign(a - b) : undefined),
  Boolean: (a, b) => (typeof a === 'boolean' && typeof b === 'boolean' ? (a === b ? 0 : 1) : undefined),
  Timestamp: (a, b) => {
    if (typeof a !== 'string' || typeof b !== 'string') return undefined;
    const left = parseTimestamp(a);
    const right = parseTimestamp(b);
    return left === undefined || right === undefined ? undefined : compareInstants(left, right);
  },
};

const RELATIONS: Readonly<Record<string, (order: number) => boolean>> = {
  Equals: (order) => order === 0,
  LessThan: (order) => order < 0,
  GreaterThan: (order) => order > 0,
  LessThanEquals: (order) => order <= 0,
  GreaterThanEquals: (order) => order >= 0,
};

const COMPARISON = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$/;

function buildCheck(operator: ChoiceOperator, rule: ChoiceExpressionJsonPath): Check {
  const operand = rule[operator];
  const typeTest = TYPE_TESTS[operator];
  if (typeTest !== undefined) return (value) => typeTest(value) === operand;
  if (operator === 'StringMatches') {
    const matches = compileStringMatches(String(operand));
    return (value) => typeof value === 'string' && matches(value);
  }
  const parts = COMPARISON.exec(operator);
  const compare = COMPARES[parts?.[1] ?? ''];
  const relation = RELATIONS[parts?.[2] ?? ''];
  if (compare === undefined || relation === undefined) throw new StatesRuntime(`Unknown Choice operator '${operator}'`);
  const holds = (value: unknown, other: unknown): boolean => {
    const order = compare(value, other);
    return order !== undefined && relation(order);
  };
  if (parts?.[3] === undefined) return (value) => holds(value, operand);
  const path = String(operand);
  return (value, scope) => holds(value, readOperand(path, scope));
}

/** The value a Choice path selects; AWS fails the execution when it selects nothing. */
function readOperand(path: string, scope: PathScope): unknown {
  const read = readPath(path, scope);
  if (!read.found) throw new StatesRuntime(`Invalid path '${path}': The choice state's condition path references an invalid value.`);
  return read.value;
}
