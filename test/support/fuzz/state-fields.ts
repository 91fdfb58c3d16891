import fc from 'fast-check';
import { NEVER_RESOURCE, SETTLING_RESOURCES } from './handlers.js';
import { jsonValue } from './json.js';

/** Where a state name goes once the scope is built: the state `index` (modulo the scope's size). */
export interface Jump {
  readonly jump: number;
}

export type Fields = Record<string, unknown>;
const jump: fc.Arbitrary<Jump> = fc.nat({ max: 7 }).map((n) => ({ jump: n }));

/** Leaves `key` out when the arbitrary gives `undefined`. */
function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined, freq: 2 });
}

/** A record whose `undefined` fields are dropped, as ASL wants them absent. */
export function fields(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Fields> {
  return fc.record(shape).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
}

// JSONPath pieces.
const path = fc.constantFrom('$', '$.n', '$.s', '$.items', '$.extra', '$.missing', '$.items[0]', '$.items[*]', '$..n');
const referencePath = fc.constantFrom('$', '$.n', '$.s', '$.items', '$.extra');
const resultPath = fc.constantFrom<string | null>('$', '$.r', '$.out.v', null);
const intrinsic = fc.constantFrom(
  "States.Format('n={}', $.n)",
  'States.ArrayLength($.items)',
  "States.StringSplit($.s, ',')",
  'States.MathAdd($.n, 1)',
  'States.JsonToString($)',
  'States.UUID()',
  'States.MathRandom(1, 10)',
  'States.ArrayRange(1, 3, 1)',
  "States.Hash($.s, 'SHA-256')",
  'States.Array($.n, $$.Execution.Name)',
);
const templateValue = fc.oneof(path, intrinsic, fc.constantFrom('$$.Execution.Name', '$$.State.EnteredTime', '$$.State.RetryCount'));
const template = fields({ 'v.$': optional(templateValue), k: optional(jsonValue), 'w.$': optional(templateValue) });
const assignJsonPath = fields({ 'x.$': optional(path), y: optional(jsonValue) });

// JSONata pieces.
const expression = fc.constantFrom(
  '{% $states.input %}',
  '{% $states.input.n %}',
  '{% $count($states.input.items) %}',
  '{% {"sum": $sum($states.input.items[$type($) = "number"])} %}',
  '{% $states.context.Execution.Name %}',
  '{% $uuid() %}',
  '{% $random() %}',
  '{% $partition([1, 2, 3], 2) %}',
  '{% $range(1, 5, 2) %}',
  '{% $hash("a") %}',
  '{% $string($states.input) %}',
  '{% $states.input.missing %}',
);
const jsonataValue = fc.oneof(expression, jsonValue);
const jsonataObject = fields({ v: optional(jsonataValue), k: optional(jsonataValue) });
const jsonataTemplate = fc.oneof(jsonataValue, jsonataObject);
/** `Arguments` take an object or one expression. */
const jsonataArguments = fc.oneof(expression, jsonataObject);
const assignJsonata = fields({ x: optional(jsonataValue), y: optional(jsonValue) });

export type Language = 'JSONPath' | 'JSONata';

function retriers(): fc.Arbitrary<Fields[]> {
  const retrier = (errors: fc.Arbitrary<string[]>): fc.Arbitrary<Fields> =>
    fields({
      ErrorEquals: errors,
      IntervalSeconds: optional(fc.integer({ min: 1, max: 10 })),
      MaxAttempts: optional(fc.integer({ min: 0, max: 3 })),
      BackoffRate: optional(fc.double({ min: 1, max: 3, noNaN: true })),
      MaxDelaySeconds: optional(fc.integer({ min: 1, max: 100 })),
      JitterStrategy: optional(fc.constantFrom('FULL', 'NONE')),
    });
  const named = fc.uniqueArray(fc.constantFrom('Custom.Boom', 'States.TaskFailed', 'States.Timeout', 'States.Runtime'), { minLength: 1, maxLength: 2 });
  return fc
    .tuple(fc.array(retrier(named), { maxLength: 2 }), optional(retrier(fc.constant(['States.ALL']))))
    .map(([some, all]) => (all === undefined ? some : [...some, all]));
}

function catchers(language: Language): fc.Arbitrary<Fields[]> {
  const output = language === 'JSONPath' ? { ResultPath: optional(fc.constantFrom<string | null>('$.error', '$', null)) } : { Output: optional(fc.constantFrom('{% $states.errorOutput %}', '{% $states.input %}')) };
  const catcher = (errors: fc.Arbitrary<string[]>): fc.Arbitrary<Fields> => fields({ ErrorEquals: errors, Next: jump, ...output });
  const named = fc.uniqueArray(fc.constantFrom('Custom.Boom', 'States.TaskFailed', 'States.Timeout', 'States.Runtime'), { minLength: 1, maxLength: 2 });
  return fc
    .tuple(fc.array(catcher(named), { maxLength: 1 }), optional(catcher(fc.constant(['States.ALL']))))
    .map(([some, all]) => (all === undefined ? some : [...some, all]));
}

/** The fields of one state kind in one language, transitions (`Next`, `End`) left to the scope. */
export function passFields(language: Language): fc.Arbitrary<Fields> {
  if (language === 'JSONata') return fields({ Output: optional(jsonataTemplate), Assign: optional(assignJsonata) });
  return fields({
    InputPath: optional(referencePath),
    Parameters: optional(template),
    Result: optional(jsonValue),
    ResultPath: optional(resultPath),
    OutputPath: optional(referencePath),
    Assign: optional(assignJsonPath),
  });
}

export function taskFields(language: Language): fc.Arbitrary<Fields> {
  const resource = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...SETTLING_RESOURCES) }, { weight: 1, arbitrary: fc.constant(NEVER_RESOURCE) });
  const common = { Retry: optional(retriers()) };
  const shape =
    language === 'JSONata'
      ? { Arguments: optional(jsonataArguments), Output: optional(fc.constantFrom('{% $states.result %}', '{% [$states.input, $states.result] %}')), Assign: optional(assignJsonata), Catch: optional(catchers(language)) }
      : {
          InputPath: optional(referencePath),
          Parameters: optional(template),
          ResultSelector: optional(fields({ 'r.$': fc.constantFrom('$', '$.n', '$.recovered') })),
          ResultPath: optional(resultPath),
          Catch: optional(catchers(language)),
        };
  return fc
    .tuple(resource, optional(fc.integer({ min: 1, max: 100 })), fields({ ...common, ...shape }))
    .map(([Resource, timeout, rest]) => {
      const TimeoutSeconds = Resource === NEVER_RESOURCE ? (timeout ?? 5) : timeout;
      return { Resource, ...(TimeoutSeconds === undefined ? {} : { TimeoutSeconds }), ...rest };
    });
}

export function waitFields(language: Language): fc.Arbitrary<Fields> {
  const seconds = fc.integer({ min: 0, max: 100_000 });
  if (language === 'JSONata') return fc.oneof(seconds.map((s) => ({ Seconds: s })), fc.constant({ Seconds: '{% $states.input.n %}' }), fc.constant({ Timestamp: '2030-01-01T00:00:00Z' }));
  return fc.oneof(
    seconds.map((s) => ({ Seconds: s })),
    fc.constant({ SecondsPath: '$.n' }),
    fc.constant({ Timestamp: '2030-01-01T00:00:00Z' }),
    fc.constant({ TimestampPath: '$.s' }),
  );
}

const dataTest: fc.Arbitrary<Fields> = fc.oneof(
  fc.integer({ min: -5, max: 20 }).map((k) => ({ Variable: '$.n', NumericGreaterThan: k })),
  fc.integer({ min: -5, max: 20 }).map((k) => ({ Variable: '$.n', NumericEquals: k })),
  fc.constantFrom('a*', '*a*b*', '\\*', '*').map((p) => ({ Variable: '$.s', StringMatches: p })),
  fc.constant({ Variable: '$.flag', BooleanEquals: true }),
  fc.constant({ Variable: '$.n', IsNumeric: true }),
  fc.constant({ Variable: '$.n', NumericLessThanPath: '$.n' }),
  fc.constant({ Not: { Variable: '$.s', IsPresent: true } }),
);
const choiceRule: fc.Arbitrary<Fields> = fc.oneof(
  { weight: 4, arbitrary: dataTest },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('And', 'Or'), fc.array(dataTest, { minLength: 1, maxLength: 2 })).map(([op, rules]) => ({ [op]: rules })) },
);
const condition = fc.constantFrom(
  '{% $states.input.n > 3 %}',
  '{% $exists($states.input.s) %}',
  '{% $states.input.flag = true %}',
  '{% $type($states.input.n) = "number" and $states.input.n < 0 %}',
);

export function choiceFields(language: Language, last: boolean): fc.Arbitrary<Fields> {
  const rule = language === 'JSONata' ? condition.map((c) => ({ Condition: c })) : choiceRule;
  const choices = fc.array(fc.tuple(rule, jump).map(([r, next]) => ({ ...r, Next: next })), { minLength: 1, maxLength: 3 });
  return fields({ Choices: choices, Default: last ? optional(jump) : fc.constant(undefined), Assign: optional(language === 'JSONata' ? assignJsonata : assignJsonPath) });
}

export function failFields(language: Language): fc.Arbitrary<Fields> {
  if (language === 'JSONata') return fields({ Error: optional(fc.constantFrom('Custom.Failed', '{% "Custom." & $string($states.input.n) %}')), Cause: optional(fc.string({ maxLength: 10 })) });
  return fc.oneof(
    fields({ Error: optional(fc.constantFrom('Custom.Failed', 'States.Custom')), Cause: optional(fc.string({ maxLength: 10 })) }),
    fc.constant({ ErrorPath: '$.s', CausePath: "States.Format('n={}', $.n)" }),
  );
}

export function succeedFields(language: Language): fc.Arbitrary<Fields> {
  return language === 'JSONata' ? fields({ Output: optional(jsonataTemplate) }) : fields({ InputPath: optional(referencePath), OutputPath: optional(referencePath) });
}

/** The fields of a Parallel or Map besides its scopes. */
export function containerFields(kind: 'Parallel' | 'Map', language: Language): fc.Arbitrary<Fields> {
  const common = { Retry: optional(retriers()), Catch: optional(catchers(language)) };
  if (language === 'JSONata') {
    const map = kind === 'Map' ? { Items: optional(fc.constant('{% $states.input.items %}')), ItemSelector: optional(fc.constant({ v: '{% $states.context.Map.Item.Value %}' })), MaxConcurrency: optional(fc.integer({ min: 0, max: 3 })) } : {};
    return fields({ ...common, ...map, Output: optional(fc.constantFrom('{% $states.result %}', '{% $count($states.result) %}')) });
  }
  const map =
    kind === 'Map'
      ? {
          ItemsPath: optional(fc.constantFrom('$.items', '$')),
          ItemSelector: optional(fc.constant({ 'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index' })),
          MaxConcurrency: optional(fc.integer({ min: 0, max: 3 })),
        }
      : {};
  return fields({ ...common, ...map, ResultPath: optional(resultPath), ResultSelector: optional(fc.constant({ 'all.$': '$' })) });
}
