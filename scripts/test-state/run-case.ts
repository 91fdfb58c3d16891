import { testState, TestStateError, type TestStateOptions, type TestStateResult, type TestStateTarget } from '../../src/runtime/index.js';
import { mockFromAws } from '../../src/runtime/test-state/aws-request.js';
import { causeMatches, differenceOf, stringDifference, stringMatches } from '../conformance/compare.js';
import type { TestStateCase } from './case-file.js';

/** How one case went. */
export interface TestStateOutcome {
  readonly id: string;
  readonly pass: boolean;
  readonly reason?: string;
  /** For a refused request: whether the message is AWS's too (a finer check, not counted in `pass`). */
  readonly messageMatches?: boolean;
}

/** The case's request as `testState` takes it. */
export function requestOf(c: TestStateCase): { target: TestStateTarget; options: TestStateOptions } {
  const target = withRunValues(c.stateName === undefined ? c.state : { definition: c.definition, stateName: c.stateName }) as TestStateTarget;
  const options: TestStateOptions = {
    input: withRunValues(c.input),
    variables: c.variables,
    context: c.context,
    stateConfiguration: c.stateConfiguration,
    inspectionLevel: c.inspectionLevel,
    revealSecrets: c.revealSecrets,
  };
  return { target, options };
}

/** Runs one recorded call and compares as the README says. */
export async function runTestStateCase(c: TestStateCase): Promise<TestStateOutcome> {
  const { target, options } = requestOf(c);
  let actual: TestStateResult;
  try {
    actual = await testState(target, { ...options, mock: c.mock === undefined ? undefined : mockFromAws(c.mock) });
  } catch (thrown) {
    if (!(thrown instanceof TestStateError)) return { id: c.id, pass: false, reason: `threw ${thrown instanceof Error ? thrown.stack ?? thrown.message : String(thrown)}` };
    if (!('exception' in c.expected)) return { id: c.id, pass: false, reason: `rejected with ${thrown.code}: ${thrown.message}` };
    const { code, message } = c.expected.exception;
    const messageMatches = thrown.message === message;
    return thrown.code === code ? { id: c.id, pass: true, messageMatches } : { id: c.id, pass: false, reason: `expected ${code}, got ${thrown.code}: ${thrown.message}`, messageMatches };
  }
  if ('exception' in c.expected) return { id: c.id, pass: false, reason: `expected ${c.expected.exception.code}, got ${actual.status}` };
  const reason = differenceFrom(c.expected, actual, c.placeholders);
  return reason === undefined ? { id: c.id, pass: true } : { id: c.id, pass: false, reason };
}

/**
 * Request tokens that stood for run-specific values (named in each case's `source`), given the values
 * the recordings show for them: the account as `111111111111`, the region as any (`<region>`).
 */
const RUN_VALUES: Readonly<Record<string, string>> = { '<account_id>': '111111111111', '<region_name>': 'us-east-1' };

function withRunValues(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/<account_id>|<region_name>/g, (token) => RUN_VALUES[token] ?? token);
  if (Array.isArray(value)) return value.map(withRunValues);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withRunValues(v)]));
  return value;
}

type ExpectedResponse = Exclude<TestStateCase['expected'], { exception: unknown }>;

function differenceFrom(expected: ExpectedResponse, actual: TestStateResult, placeholders: boolean): string | undefined {
  if (expected.status !== actual.status) return `status: expected ${expected.status}, got ${actual.status} (${actual.error ?? ''} ${actual.cause ?? ''})`;
  if (expected.error !== actual.error) return `error: ${stringDifference(expected.error, actual.error)}`;
  if (!causeMatches(expected.cause, actual.cause, placeholders)) return `cause: ${stringDifference(expected.cause, actual.cause)}`;
  if (expected.nextState !== actual.nextState && !(expected.nextState !== undefined && actual.nextState !== undefined && stringMatches(expected.nextState, actual.nextState, placeholders))) {
    return `nextState: expected ${String(expected.nextState)}, got ${String(actual.nextState)}`;
  }
  if ('output' in expected) {
    const d = differenceOf(expected.output, actual.output, placeholders, 'output');
    if (d !== undefined) return d;
  }
  const inspection = (actual.inspectionData ?? {}) as Record<string, unknown>;
  for (const [field, value] of Object.entries(expected.inspectionData ?? {})) {
    const d = differenceOf(value, inspection[field], placeholders, `inspectionData.${field}`);
    if (d !== undefined) return d;
  }
  return undefined;
}
