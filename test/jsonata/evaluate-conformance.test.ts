import { describe, expect, it } from 'vitest';
import { evaluateJsonataValue, type JsonataScope } from '../../src/jsonata/evaluate.js';
import { AslError } from '../../src/runtime/errors.js';
import { seededRandom } from '../../src/runtime/random.js';
import { readConformance } from '../support/conformance.js';

interface RecordedCase {
  readonly definition: { readonly QueryLanguage?: string; readonly States: Record<string, Record<string, unknown>> };
  readonly input: unknown;
  readonly expected: { readonly status: string; readonly output?: unknown; readonly error?: string; readonly cause?: string };
}

/** Cases whose machine is one JSONata Pass state with an `Output`: its value is the execution's output. */
const cases = readConformance<RecordedCase>('cases').flatMap(({ name, data }) => {
  const states = Object.entries(data.definition.States);
  const [only] = states;
  if (states.length !== 1 || only === undefined) return [];
  const [stateName, state] = only;
  const language = state.QueryLanguage ?? data.definition.QueryLanguage;
  if (language !== 'JSONata' || state.Type !== 'Pass' || !('Output' in state)) return [];
  return [{ name, stateName, output: state.Output, data }];
});

// What the engine prefixes to every cause: "An error occurred while executing the state 'X' (entered at the event id #N). "
const ENGINE_PREFIX = /^An error occurred while executing the state '.*?' \(entered at the event id #\d+\)\. /;

describe('evaluateJsonataValue against single-Pass-state conformance cases', () => {
  it('finds the recorded cases', () => {
    if (cases.length > 0) expect(cases).toHaveLength(22);
  });

  it.each(cases)('$name', async ({ stateName, output, data }) => {
    const scope: JsonataScope = {
      states: { input: data.input, context: {} },
      variables: {},
      random: seededRandom(1),
      field: 'Output',
      stateName,
    };
    const run = evaluateJsonataValue(output, scope);
    if (data.expected.status === 'SUCCEEDED') {
      await expect(run).resolves.toEqual(data.expected.output);
      return;
    }
    const error: unknown = await run.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AslError);
    const asl = error as AslError;
    expect(asl.error).toBe(data.expected.error);
    expect(asl.cause).toBe(data.expected.cause?.replace(ENGINE_PREFIX, ''));
  });
});
