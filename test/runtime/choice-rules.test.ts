import { describe, expect, it } from 'vitest';
import type { ChoiceExpressionJsonPath } from '../../src/asl/choice-rule.js';
import type { PathScope } from '../../src/paths/evaluate.js';
import { readPath } from '../../src/paths/evaluate.js';
import { compileStringMatches } from '../../src/runtime/choice/string-matches.js';
import { compareCodePoints } from '../../src/runtime/choice/string-order.js';
import { compareInstants, instantToMillis, parseTimestamp } from '../../src/runtime/choice/timestamp.js';
import { matchesChoiceRule } from '../../src/runtime/choice-rules.js';
import { StatesRuntime } from '../../src/runtime/errors.js';
import { readConformance } from '../support/conformance.js';

const input = {
  s: 'b',
  s2: 'b',
  sLow: 'a',
  sHigh: 'c',
  n: 10,
  nFloat: 10.0,
  nLow: 9.5,
  nHigh: 11,
  yes: true,
  no: false,
  nil: null,
  obj: { k: 1 },
  arr: [1],
  t: '2024-01-01T12:00:00Z',
  tSame: '2024-01-01T13:00:00+01:00',
  tLater: '2024-01-01T12:00:00.000000001Z',
  tBad: '2024-13-01T00:00:00Z',
  file: 'report-2024.csv',
};
const scope: PathScope = { input, context: { Execution: { Name: 'run-1' } }, variables: { limit: 10, who: 'b' } };
const match = (rule: ChoiceExpressionJsonPath): boolean => matchesChoiceRule(rule, scope);

describe('matchesChoiceRule: comparison operators', () => {
  it.each<[ChoiceExpressionJsonPath, boolean]>([
    [{ Variable: '$.s', StringEquals: 'b' }, true],
    [{ Variable: '$.s', StringEquals: 'B' }, false],
    [{ Variable: '$.n', StringEquals: '10' }, false], // type mismatch: false, not an error
    [{ Variable: '$.s', StringLessThan: 'c' }, true],
    [{ Variable: '$.s', StringLessThan: 'b' }, false],
    [{ Variable: '$.s', StringGreaterThan: 'a' }, true],
    [{ Variable: '$.s', StringGreaterThan: 'b' }, false],
    [{ Variable: '$.s', StringLessThanEquals: 'b' }, true],
    [{ Variable: '$.s', StringLessThanEquals: 'a' }, false],
    [{ Variable: '$.s', StringGreaterThanEquals: 'b' }, true],
    [{ Variable: '$.s', StringGreaterThanEquals: 'c' }, false],
    [{ Variable: '$.s', StringEqualsPath: '$.s2' }, true],
    [{ Variable: '$.s', StringEqualsPath: '$.sLow' }, false],
    [{ Variable: '$.s', StringEqualsPath: '$.n' }, false],
    [{ Variable: '$.s', StringLessThanPath: '$.sHigh' }, true],
    [{ Variable: '$.s', StringGreaterThanPath: '$.sLow' }, true],
    [{ Variable: '$.s', StringLessThanEqualsPath: '$.s2' }, true],
    [{ Variable: '$.s', StringGreaterThanEqualsPath: '$.sHigh' }, false],
    [{ Variable: '$.n', NumericEquals: 10 }, true],
    [{ Variable: '$.nFloat', NumericEquals: 10 }, true],
    [{ Variable: '$.n', NumericEquals: 10.5 }, false],
    [{ Variable: '$.s', NumericEquals: 10 }, false],
    [{ Variable: '$.n', NumericLessThan: 11 }, true],
    [{ Variable: '$.n', NumericLessThan: 10 }, false],
    [{ Variable: '$.n', NumericGreaterThan: 9.99 }, true],
    [{ Variable: '$.n', NumericGreaterThan: 10 }, false],
    [{ Variable: '$.n', NumericLessThanEquals: 10 }, true],
    [{ Variable: '$.n', NumericGreaterThanEquals: 10.01 }, false],
    [{ Variable: '$.n', NumericEqualsPath: '$.nFloat' }, true],
    [{ Variable: '$.n', NumericEqualsPath: '$.s' }, false],
    [{ Variable: '$.n', NumericLessThanPath: '$.nHigh' }, true],
    [{ Variable: '$.n', NumericGreaterThanPath: '$.nLow' }, true],
    [{ Variable: '$.n', NumericLessThanEqualsPath: '$.nLow' }, false],
    [{ Variable: '$.n', NumericGreaterThanEqualsPath: '$.nFloat' }, true],
    [{ Variable: '$.yes', BooleanEquals: true }, true],
    [{ Variable: '$.no', BooleanEquals: true }, false],
    [{ Variable: '$.no', BooleanEquals: false }, true],
    [{ Variable: '$.s', BooleanEquals: true }, false],
    [{ Variable: '$.nil', BooleanEquals: false }, false],
    [{ Variable: '$.yes', BooleanEqualsPath: '$.yes' }, true],
    [{ Variable: '$.yes', BooleanEqualsPath: '$.no' }, false],
    [{ Variable: '$.yes', BooleanEqualsPath: '$.n' }, false],
    [{ Variable: '$.t', TimestampEquals: '2024-01-01T12:00:00Z' }, true],
    [{ Variable: '$.t', TimestampEquals: '2024-01-01T14:00:00+02:00' }, true], // same instant
    [{ Variable: '$.t', TimestampEquals: '2024-01-01T12:00:00.000Z' }, true],
    [{ Variable: '$.t', TimestampEquals: '2024-01-01T12:00:01Z' }, false],
    [{ Variable: '$.s', TimestampEquals: '2024-01-01T12:00:00Z' }, false],
    [{ Variable: '$.tBad', TimestampEquals: '2024-01-01T12:00:00Z' }, false],
    [{ Variable: '$.t', TimestampLessThan: '2024-01-01T12:00:00.5Z' }, true],
    [{ Variable: '$.t', TimestampGreaterThan: '2023-12-31T23:59:59Z' }, true],
    [{ Variable: '$.t', TimestampLessThanEquals: '2024-01-01T12:00:00Z' }, true],
    [{ Variable: '$.t', TimestampGreaterThanEquals: '2024-01-01T12:00:00.001Z' }, false],
    [{ Variable: '$.t', TimestampEqualsPath: '$.tSame' }, true],
    [{ Variable: '$.t', TimestampLessThanPath: '$.tLater' }, true], // nanosecond precision
    [{ Variable: '$.t', TimestampGreaterThanPath: '$.tLater' }, false],
    [{ Variable: '$.t', TimestampLessThanEqualsPath: '$.tSame' }, true],
    [{ Variable: '$.t', TimestampGreaterThanEqualsPath: '$.tLater' }, false],
    [{ Variable: '$.t', TimestampEqualsPath: '$.tBad' }, false],
    [{ Variable: '$.t', TimestampEqualsPath: '$.n' }, false],
    [{ Variable: '$.file', StringMatches: 'report-*.csv' }, true],
    [{ Variable: '$.file', StringMatches: '*.txt' }, false],
    [{ Variable: '$.n', StringMatches: '*' }, false],
    [{ Variable: '$limit', NumericEquals: 10 }, true],
    [{ Variable: '$.s', StringEqualsPath: '$who' }, true],
    [{ Variable: '$$.Execution.Name', StringEquals: 'run-1' }, true],
  ])('%j → %s', (rule, expected) => {
    expect(match(rule)).toBe(expected);
  });
});

describe('matchesChoiceRule: type tests', () => {
  const values: Record<string, unknown> = {
    '$.nil': null,
    '$.n': 10,
    '$.s': 'b',
    '$.yes': true,
    '$.obj': {},
    '$.arr': [],
    '$.t': 't',
    '$.tBad': 'bad',
  };
  const expectedTrue: Record<string, readonly string[]> = {
    IsNull: ['$.nil'],
    IsNumeric: ['$.n'],
    IsString: ['$.s', '$.t', '$.tBad'],
    IsBoolean: ['$.yes'],
    IsTimestamp: ['$.t'],
    IsPresent: Object.keys(values),
  };
  const cases = Object.entries(expectedTrue).flatMap(([operator, truthy]) =>
    Object.keys(values).flatMap((path) => [
      [operator, path, true, truthy.includes(path)] as const,
      [operator, path, false, !truthy.includes(path)] as const,
    ]),
  );
  it.each(cases)('%s(%s) = %s → %s', (operator, path, flag, expected) => {
    expect(match({ Variable: path, [operator]: flag })).toBe(expected);
  });

  it('IsPresent reads a missing path as absent instead of failing', () => {
    expect(match({ Variable: '$.missing', IsPresent: true })).toBe(false);
    expect(match({ Variable: '$.missing', IsPresent: false })).toBe(true);
    expect(match({ Variable: '$.s.deeper', IsPresent: false })).toBe(true);
    expect(match({ Variable: '$.arr[5]', IsPresent: true })).toBe(false);
    expect(match({ Variable: '$nobody', IsPresent: false })).toBe(true);
    expect(match({ Variable: '$$.Map.Item.Index', IsPresent: true })).toBe(false);
  });
});

describe('matchesChoiceRule: And, Or, Not', () => {
  const t: ChoiceExpressionJsonPath = { Variable: '$.yes', BooleanEquals: true };
  const f: ChoiceExpressionJsonPath = { Variable: '$.yes', BooleanEquals: false };
  const boom: ChoiceExpressionJsonPath = { Variable: '$.missing', BooleanEquals: true };
  it.each<[string, ChoiceExpressionJsonPath, boolean]>([
    ['And all true', { And: [t, t] }, true],
    ['And one false', { And: [t, f] }, false],
    ['Or one true', { Or: [f, t] }, true],
    ['Or all false', { Or: [f, f] }, false],
    ['Not true', { Not: t }, false],
    ['Not false', { Not: f }, true],
    ['nested', { And: [{ Or: [f, { Not: f }] }, { Not: { And: [t, f] } }] }, true],
    ['And stops at the first false', { And: [f, boom] }, false],
    ['Or stops at the first true', { Or: [t, boom] }, true],
    ['guarding with IsPresent', { And: [{ Variable: '$.missing', IsPresent: true }, boom] }, false],
  ])('%s', (_name, rule, expected) => {
    expect(match(rule)).toBe(expected);
  });

  it('a top-level rule with Next and Assign evaluates the same', () => {
    expect(matchesChoiceRule({ Variable: '$.n', NumericEquals: 10, Next: 'Done', Assign: { x: 1 } }, scope)).toBe(true);
  });

  it('gives the same answer when a compiled rule is reused on other input', () => {
    const rule: ChoiceExpressionJsonPath = { Variable: '$.v', NumericGreaterThan: 1 };
    expect(matchesChoiceRule(rule, { input: { v: 2 }, context: {} })).toBe(true);
    expect(matchesChoiceRule(rule, { input: { v: 0 }, context: {} })).toBe(false);
  });
});

describe('matchesChoiceRule: failures', () => {
  const message = (path: string): string => `Invalid path '${path}': The choice state's condition path references an invalid value.`;
  it.each<[ChoiceExpressionJsonPath, string]>([
    [{ Variable: '$.missing', StringEquals: 'x' }, '$.missing'],
    [{ Variable: '$.missing', IsNull: true }, '$.missing'],
    [{ Variable: '$.missing', IsString: false }, '$.missing'],
    [{ Variable: '$.s.deeper', NumericEquals: 1 }, '$.s.deeper'],
    [{ Variable: '$.arr[3]', NumericEquals: 1 }, '$.arr[3]'],
    [{ Variable: '$nobody', NumericEquals: 1 }, '$nobody'],
    [{ Variable: '$.s', StringEqualsPath: '$.missing' }, '$.missing'],
    [{ Variable: '$.n', NumericLessThanPath: '$.nope' }, '$.nope'],
    [{ Variable: '$.t', TimestampEqualsPath: '$.gone' }, '$.gone'],
    [{ Variable: '$.yes', BooleanEqualsPath: '$.gone' }, '$.gone'],
    [{ Not: { Variable: '$.missing', BooleanEquals: true } }, '$.missing'],
  ])('%j → States.Runtime', (rule, path) => {
    expect(() => match(rule)).toThrow(StatesRuntime);
    expect(() => match(rule)).toThrow(message(path));
  });

  it('refuses a rule without operator', () => {
    expect(() => match({ Variable: '$.s' })).toThrow(StatesRuntime);
    expect(() => match({})).toThrow(StatesRuntime);
  });
});

describe('StringMatches patterns', () => {
  it.each<[string, string, boolean]>([
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['*', '', true],
    ['*', 'anything', true],
    ['a*', 'a', true],
    ['a*', 'ba', false],
    ['*c', 'abc', true],
    ['a*c', 'ac', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abcd', false],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'acb', false],
    ['*ab*ab*', 'xabyab', true],
    ['*ab*ab*', 'xab', false],
    ['aba*aba', 'aba', false], // prefix and suffix may not overlap
    ['**', 'x', true],
    ['log-*.txt', 'log-2024.txt', true],
    ['LOG-*', 'log-1', false], // case-sensitive
    ['a\\*b', 'a*b', true], // \* is a literal star
    ['a\\*b', 'axb', false],
    ['a\\\\b', 'a\\b', true], // \\ is a literal backslash
    ['a\\\\*', 'a\\xyz', true],
    ['a\\b', 'a\\b', true], // any other backslash stands for itself
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['?', 'x', false], // only * is special
    ['[a]', 'a', false],
    ['é*', 'été', true],
  ])('%j matches %j: %s', (pattern, value, expected) => {
    expect(compileStringMatches(pattern)(value)).toBe(expected);
  });
});

describe('string order: Unicode code points', () => {
  it.each<[string, string, number]>([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['', 'a', -1],
    ['ab', 'a', 1],
    ['A', 'a', -1],
    ['Z', 'a', -1],
    ['\u{1F600}', '\uFFFD', 1], // above U+FFFF sorts after U+FFFD, unlike UTF-16 order
    ['\uFFFD', '\u{1F600}', -1],
    ['\u{1F600}', '\u{1F601}', -1],
    ['\uD7FF', '\u{10000}', -1],
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });
});

describe('RFC3339 timestamps', () => {
  it.each<[string, boolean]>([
    ['2024-01-01T00:00:00Z', true],
    ['2024-01-01T00:00:00.1Z', true],
    ['2024-01-01T00:00:00.123456789Z', true],
    ['2024-01-01T00:00:00+05:30', true],
    ['2024-01-01T00:00:00-00:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2000-02-29T00:00:00Z', true],
    ['0001-01-01T00:00:00Z', true],
    ['2023-02-29T00:00:00Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2024-04-31T00:00:00Z', false],
    ['2024-13-01T00:00:00Z', false],
    ['2024-00-01T00:00:00Z', false],
    ['2024-01-01T24:00:00Z', false],
    ['2024-01-01T00:60:00Z', false],
    ['2024-01-01T00:00:60Z', false],
    ['2024-01-01T00:00:00', false],
    ['2024-01-01 00:00:00Z', false],
    ['2024-01-01t00:00:00z', false],
    ['2024-01-01T00:00:00.Z', false],
    ['2024-01-01T00:00:00.1234567890Z', false],
    ['2024-01-01T00:00:00+19:00', false],
    ['2024-01-01T00:00:00+0100', false],
    ['2023-02-24 12:15:56.832957', false],
    ['2024-01-01', false],
  ])('%s → %s', (text, valid) => {
    expect(parseTimestamp(text) !== undefined).toBe(valid);
  });

  it('agrees with Date.parse to the millisecond', () => {
    for (const text of ['1970-01-01T00:00:00Z', '2016-03-14T01:59:00.250Z', '2024-02-29T23:59:59+02:00', '1969-07-20T20:17:40Z', '0001-01-01T00:00:00Z']) {
      const instant = parseTimestamp(text);
      expect(instant && instantToMillis(instant)).toBe(Date.parse(text));
    }
  });

  it('orders instants with nanoseconds', () => {
    const a = parseTimestamp('2024-01-01T00:00:00.000000001Z');
    const b = parseTimestamp('2024-01-01T00:00:00Z');
    expect(a && b && Math.sign(compareInstants(a, b))).toBe(1);
  });
});

// Recorded on AWS: replay each JSONPath Choice decision and compare the branch AWS took.
describe('matchesChoiceRule: conformance recordings', () => {
  interface State {
    readonly Type: string;
    readonly QueryLanguage?: string;
    readonly InputPath?: string;
    readonly Choices?: readonly Record<string, unknown>[];
    readonly Default?: string;
    readonly Result?: unknown;
    readonly End?: boolean;
  }
  interface Event {
    readonly type: string;
    readonly stateEnteredEventDetails?: { readonly name: string; readonly input: unknown };
    readonly stateExitedEventDetails?: { readonly name: string };
  }
  interface Recording {
    readonly id: string;
    readonly queryLanguage?: string;
    readonly definition: { readonly StartAt: string; readonly QueryLanguage?: string; readonly States: Record<string, State> };
    readonly input: unknown;
    readonly expected: { readonly status: string; readonly output?: unknown };
    readonly events?: readonly Event[];
  }
  interface TestStateRecording {
    readonly id: string;
    readonly state: State;
    readonly input?: unknown;
    readonly expected: { readonly nextState?: string };
  }

  /** A Choice state this test can replay: JSONPath rules reading only `$` (no variables, no context). */
  function replayable(state: State | undefined, topLanguage: string | undefined): state is State & { Choices: readonly ChoiceExpressionJsonPath[] } {
    if (state?.Type !== 'Choice' || state.Choices === undefined) return false;
    if ((state.QueryLanguage ?? topLanguage) === 'JSONata') return false;
    const text = JSON.stringify(state.Choices);
    return !text.includes('"Condition"') && !/"\$(\$|[A-Za-z_])/.test(text);
  }

  function decide(state: State & { Choices: readonly ChoiceExpressionJsonPath[] }, raw: unknown): string | undefined {
    let effective = raw;
    if (state.InputPath !== undefined) {
      const read = readPath(state.InputPath, { input: raw, context: {} });
      effective = read.found ? read.value : undefined;
    }
    const chosen = state.Choices.find((rule) => matchesChoiceRule(rule, { input: effective, context: {} })) as { Next?: string } | undefined;
    return chosen?.Next ?? state.Default;
  }

  const parse = (value: unknown): unknown => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

  const decisions: { id: string; run: () => [string | undefined, string] }[] = [];
  for (const { data } of readConformance<Recording>('cases')) {
    const { definition } = data;
    const language = definition.QueryLanguage;
    if (data.events !== undefined) {
      // Each top-level Choice entered, then the next state entered right after it exited.
      const events = data.events;
      events.forEach((event, i) => {
        const entered = event.stateEnteredEventDetails;
        if (event.type !== 'ChoiceStateEntered' || entered === undefined) return;
        const state = definition.States[entered.name];
        const exited = events[i + 1];
        const next = events[i + 2]?.stateEnteredEventDetails?.name;
        if (!replayable(state, language) || exited?.type !== 'ChoiceStateExited' || next === undefined) return;
        decisions.push({ id: `${data.id}#${i}`, run: () => [decide(state, parse(entered.input)), next] });
      });
    } else {
      // No events: the branch is known when each target is a Pass with its own static Result.
      const start = definition.States[definition.StartAt];
      if (!replayable(start, language) || data.expected.status !== 'SUCCEEDED') continue;
      const targets = [...start.Choices.map((rule) => (rule as { Next?: string }).Next), start.Default];
      const results = targets.map((name) => (name === undefined ? undefined : definition.States[name]));
      if (!results.every((s) => s?.Type === 'Pass' && s.Result !== undefined && s.End === true)) continue;
      const expectedNext = targets.find((name) => name !== undefined && JSON.stringify(definition.States[name]?.Result) === JSON.stringify(data.expected.output));
      if (expectedNext === undefined) continue;
      decisions.push({ id: data.id, run: () => [decide(start, data.input), expectedNext] });
    }
  }
  for (const { data } of readConformance<TestStateRecording>('test-state')) {
    const next = data.expected.nextState;
    if (!replayable(data.state, undefined) || next === undefined) continue;
    const state = data.state;
    decisions.push({ id: data.id, run: () => [decide(state, data.input ?? {}), next] });
  }

  it('replays enough recorded decisions to mean something', () => {
    if (readConformance('cases').length === 0) return;
    expect(decisions.length).toBeGreaterThanOrEqual(240);
  });

  it.each(decisions.map((d) => [d.id, d] as const))('%s', (_id, { run }) => {
    const [actual, expected] = run();
    expect(actual).toBe(expected);
  });
});
