import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject } from '../../src/internal/json-object.js';
import { evaluateIntrinsic } from '../../src/intrinsics/evaluate.js';
import { looksLikeIntrinsic } from '../../src/intrinsics/functions.js';
import { StatesRuntime } from '../../src/runtime/errors.js';
import { seededRandom } from '../../src/runtime/random.js';
import { readConformance } from '../support/conformance.js';
import { readTestPath, testScope, type TestData } from './evaluate-helpers.js';

// Replays the recorded JSONPath cases that evaluate intrinsics (or carry intrinsic-looking
// constants) with a small local interpreter for Pass, Fail and inline Map states, and compares
// the result with what AWS recorded.

interface Case {
  readonly id: string;
  readonly queryLanguage: string;
  readonly tags: readonly string[];
  readonly definition: JsonObject;
  readonly input: unknown;
  readonly expected: { readonly status: string; readonly output?: unknown; readonly error?: string; readonly cause?: string };
  readonly placeholders?: boolean;
}

type Outcome = { readonly status: 'SUCCEEDED'; readonly output: unknown } | { readonly status: 'FAILED'; readonly error: string; readonly cause: string };

/** A definition this interpreter does not model; the case is listed as unchecked. */
class Unsupported extends Error {}

const PASS_FIELDS = new Set(['Type', 'Comment', 'Next', 'End', 'Parameters', 'Result', 'ResultPath', 'InputPath', 'OutputPath', 'Assign']);
const MAP_FIELDS = new Set(['Type', 'Comment', 'Next', 'End', 'ItemSelector', 'ItemProcessor', 'ItemsPath', 'MaxConcurrency']);

interface Run {
  readonly context: JsonObject;
  readonly variables: Record<string, unknown>;
}

function dataOf(input: unknown, run: Run): TestData {
  return { input, context: run.context, variables: run.variables };
}

/** A payload template: `key.$` takes a path or an intrinsic, everything else is copied. */
function template(value: unknown, data: TestData): unknown {
  if (Array.isArray(value)) return value.map((item) => template(item, data));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (key.endsWith('.$') && typeof item === 'string') out[key.slice(0, -2)] = dynamic(item, data);
    else out[key] = template(item, data);
  }
  return out;
}

function dynamic(text: string, data: TestData): unknown {
  return looksLikeIntrinsic(text) ? evaluateIntrinsic(text, testScope(data, seededRandom(11))) : readTestPath(text, data);
}

function only(state: JsonObject, fields: ReadonlySet<string>): void {
  const extra = Object.keys(state).filter((key) => !fields.has(key));
  if (extra.length > 0) throw new Unsupported(`${String(state['Type'])} with ${extra.join(', ')}`);
  for (const field of ['InputPath', 'OutputPath'] as const) {
    if (state[field] !== undefined && state[field] !== '$') throw new Unsupported(`${field} ${JSON.stringify(state[field])}`);
  }
  if (state['ResultPath'] !== undefined && state['ResultPath'] !== '$' && state['ResultPath'] !== null) {
    throw new Unsupported(`ResultPath ${JSON.stringify(state['ResultPath'])}`);
  }
}

function machine(definition: JsonObject, input: unknown, run: Run): Outcome {
  const states = definition['States'] as Record<string, JsonObject>;
  let name = definition['StartAt'] as string;
  let data = input;
  for (;;) {
    const state = states[name];
    if (state === undefined) throw new Unsupported(`missing state ${name}`);
    const here: Run = { context: { ...run.context, State: { Name: name, EnteredTime: 'date', RetryCount: 0 } }, variables: run.variables };
    if (state['Type'] === 'Fail') return fail(state, data, here);
    let result: unknown;
    if (state['Type'] === 'Pass') {
      only(state, PASS_FIELDS);
      result = 'Parameters' in state ? template(state['Parameters'], dataOf(data, here)) : 'Result' in state ? state['Result'] : data;
    } else if (state['Type'] === 'Map') {
      only(state, MAP_FIELDS);
      result = map(state, data, here);
    } else {
      throw new Unsupported(`state type ${String(state['Type'])}`);
    }
    if (isJsonObject(state['Assign'])) Object.assign(run.variables, template(state['Assign'], dataOf(data, here)));
    data = state['ResultPath'] === null ? data : result;
    if (state['End'] === true) return { status: 'SUCCEEDED', output: data };
    name = state['Next'] as string;
  }
}

function fail(state: JsonObject, input: unknown, run: Run): Outcome {
  const read = (path: unknown, fixed: unknown): string => String(typeof path === 'string' ? dynamic(path, dataOf(input, run)) : (fixed ?? ''));
  return { status: 'FAILED', error: read(state['ErrorPath'], state['Error']), cause: read(state['CausePath'], state['Cause']) };
}

function map(state: JsonObject, input: unknown, run: Run): unknown[] {
  const items = typeof state['ItemsPath'] === 'string' ? readTestPath(state['ItemsPath'], dataOf(input, run)) : input;
  if (!Array.isArray(items)) throw new Unsupported('Map over a non-array');
  const processor = state['ItemProcessor'] as JsonObject;
  return items.map((value: unknown, index) => {
    const item: Run = { context: { ...run.context, Map: { Item: { Index: index, Value: value } } }, variables: run.variables };
    const selected = state['ItemSelector'] === undefined ? value : template(state['ItemSelector'], dataOf(input, item));
    const outcome = machine(processor, selected, { context: run.context, variables: { ...run.variables } });
    if (outcome.status !== 'SUCCEEDED') throw new Unsupported('failing Map iteration');
    return outcome.output;
  });
}

function execute(test: Case): Outcome {
  const context: JsonObject = {
    Execution: { Id: 'arn:aws:states:us-east-1:111111111111:execution:Case:Recorded', Input: test.input, Name: 'Recorded', RoleArn: 'snf_role_arn', StartTime: 'date', RedriveCount: 0 },
    StateMachine: { Id: 'arn:aws:states:us-east-1:111111111111:stateMachine:Case', Name: 'Case' },
  };
  try {
    return machine(test.definition, test.input, { context, variables: {} });
  } catch (error) {
    if (error instanceof StatesRuntime) return { status: 'FAILED', error: error.error, cause: error.cause };
    throw error;
  }
}

// Placeholders of the recordings: `<…>` tokens inside strings, and whole-value bare words.
const BARE_WORDS = new Set(['RandomNumberGenerated', 'generated-uuid', 'snf_role_arn', 'date']);

function matches(expected: unknown, actual: unknown, placeholders: boolean): boolean {
  if (typeof expected === 'string' && placeholders) {
    if (BARE_WORDS.has(expected)) return actual !== undefined;
    const pattern = expected.split(/<[^<>]+>/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    return typeof actual === 'string' && new RegExp(`^${pattern}$`, 's').test(actual);
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((item, i) => matches(item, actual[i], placeholders));
  }
  if (isJsonObject(expected)) {
    if (!isJsonObject(actual)) return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((key) => matches(expected[key], actual[key], placeholders));
  }
  return expected === actual;
}

/** Whether a `key.$`, `ErrorPath` or `CausePath` anywhere in `value` holds an intrinsic call. */
function usesIntrinsics(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(usesIntrinsics);
  if (!isJsonObject(value)) return false;
  return Object.entries(value).some(
    ([key, item]) =>
      (typeof item === 'string' && (key.endsWith('.$') || key === 'ErrorPath' || key === 'CausePath') && looksLikeIntrinsic(item)) ||
      usesIntrinsics(item),
  );
}

const cases = readConformance<Case>('cases')
  .map(({ data }) => data)
  .filter((test) => test.queryLanguage === 'JSONPath' && (test.tags.includes('intrinsic') || usesIntrinsics(test.definition)));

/** Cases whose outcome was checked, and the others with the reason. */
const checked: string[] = [];
const unchecked: [string, string][] = [];
const results = new Map<string, Outcome>();
for (const test of cases) {
  try {
    results.set(test.id, execute(test));
    checked.push(test.id);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    unchecked.push([test.id, error.message]);
  }
}

describe.runIf(cases.length > 0)('intrinsics against the recorded AWS executions', () => {
  it('checks every JSONPath case that uses an intrinsic', () => {
    expect(unchecked).toEqual([]);
    expect(checked).toHaveLength(72);
    expect(cases.filter((test) => test.tags.includes('intrinsic'))).toHaveLength(71);
  });

  it.each(cases.map((test) => [test.id, test] as const))('%s', (_id, test) => {
    const outcome = results.get(test.id);
    if (outcome === undefined) return;
    expect(outcome.status).toBe(test.expected.status);
    const placeholders = test.placeholders === true;
    if (outcome.status === 'SUCCEEDED') {
      expect(matches(test.expected.output, outcome.output, placeholders), JSON.stringify(outcome.output)).toBe(true);
    } else {
      expect(outcome.error).toBe(test.expected.error);
      expect(test.expected.cause?.endsWith(outcome.cause), outcome.cause).toBe(true);
    }
  });

  it('draws random numbers inside the requested range', () => {
    for (const test of cases.filter((c) => c.id.startsWith('intrinsic-math-operations-math-random'))) {
      const { fst, snd } = (test.input as { FunctionInput: { fst: number; snd: number } }).FunctionInput;
      const outcome = results.get(test.id);
      const value = outcome?.status === 'SUCCEEDED' ? (outcome.output as { FunctionResult: number }).FunctionResult : NaN;
      expect(Number.isInteger(value) && value >= Math.trunc(fst) && value < Math.trunc(snd), `${test.id}: ${value}`).toBe(true);
    }
  });
});
