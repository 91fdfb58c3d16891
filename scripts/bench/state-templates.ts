// Building blocks of the generated definitions: valid JSONPath-mode states and Choice rules.
// Transitions (`Next`, `End`, `Catch[].Next`) are left out; the generator wires them.
import type { Random } from './random.js';

export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

const ACCOUNT = 'arn:aws:lambda:us-east-1:123456789012:function';

/** A payload template using each intrinsic the brief names, plus plain paths and the context object. */
function payload(n: number): JsonObject {
  return {
    'message.$': "States.Format('{} {}', $.a, $.b)",
    'pair.$': 'States.Array($.a, $.b, States.Format(\'step {}\', $.step))',
    'document.$': 'States.StringToJson($.json)',
    'input.$': '$',
    'execution.$': '$$.Execution.Id',
    step: n,
  };
}

function retry(rng: Random): Json[] {
  const rules: Json[] = [
    { ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 },
  ];
  if (rng.chance(0.5)) rules.push({ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 2, MaxDelaySeconds: 10, JitterStrategy: 'FULL' });
  return rules;
}

/** A Catch rule whose `Next` the generator fills in (it continues with the following state). */
export function catcher(): JsonObject {
  return { ErrorEquals: ['States.ALL'], ResultPath: '$.error' };
}

/** Adds Retry, and sometimes a Catch, to a Task, Parallel or Map state; returns the catcher to wire. */
export function withErrorHandling(rng: Random, state: JsonObject): JsonObject | undefined {
  if (!rng.chance(0.5)) return undefined;
  state.Retry = retry(rng);
  if (!rng.chance(0.6)) return undefined;
  const rule = catcher();
  state.Catch = [rule];
  return rule;
}

export function passState(rng: Random, n: number): JsonObject {
  switch (rng.int(0, 2)) {
    case 0:
      return { Type: 'Pass', Result: { step: n, ok: true, tags: ['a', 'b'] }, ResultPath: `$.results.s${n}` };
    case 1:
      return { Type: 'Pass', Parameters: payload(n), ResultPath: '$.formatted' };
    default:
      return { Type: 'Pass', Comment: `step ${n}`, InputPath: '$', OutputPath: '$' };
  }
}

export function taskState(rng: Random, n: number): JsonObject {
  const state: JsonObject = rng.chance(0.5)
    ? { Type: 'Task', Resource: `${ACCOUNT}:F${n % 50}`, TimeoutSeconds: 60, HeartbeatSeconds: 10, ResultPath: `$.results.t${n}` }
    : {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: `${ACCOUNT}:F${n % 50}`, Payload: payload(n) },
        ResultSelector: { 'body.$': '$.Payload', 'status.$': '$.StatusCode' },
        ResultPath: '$.invoke',
      };
  return state;
}

export function waitState(rng: Random): JsonObject {
  switch (rng.int(0, 3)) {
    case 0:
      return { Type: 'Wait', Seconds: rng.int(1, 30) };
    case 1:
      return { Type: 'Wait', SecondsPath: '$.delay' };
    case 2:
      return { Type: 'Wait', Timestamp: '2030-01-01T00:00:00Z' };
    default:
      return { Type: 'Wait', TimestampPath: '$.until' };
  }
}

/** Choice rules without `Next`: plain and `*Path` comparisons, and `And` / `Or` / `Not` combinations. */
const RULES: readonly ((n: number) => JsonObject)[] = [
  (n) => ({ Variable: '$.count', NumericGreaterThan: n }),
  () => ({ Variable: '$.status', StringEquals: 'DONE' }),
  () => ({ Variable: '$.name', StringEqualsPath: '$.expected.name' }),
  () => ({ Variable: '$.items[0].price', NumericGreaterThanEqualsPath: '$.threshold' }),
  () => ({ And: [{ Variable: '$.a', IsPresent: true }, { Variable: '$.a', NumericLessThanPath: '$.limit' }] }),
  () => ({ Or: [{ Variable: '$.kind', StringMatches: 'order-*' }, { Not: { Variable: '$.flag', BooleanEquals: true } }] }),
  () => ({ Not: { Variable: '$.when', TimestampLessThan: '2024-01-01T00:00:00Z' } }),
  () => ({ And: [{ Variable: '$.x', IsNull: false }, { Or: [{ Variable: '$.x', IsNumeric: true }, { Variable: '$.x', IsString: true }] }] }),
  () => ({ Variable: '$.started', TimestampGreaterThanEqualsPath: '$.deadline' }),
];

export function choiceRule(rng: Random, n: number): JsonObject {
  return rng.pick(RULES)(n);
}
