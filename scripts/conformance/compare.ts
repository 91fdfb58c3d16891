import { matchesPattern, patternOf } from './placeholders.js';

/** What the recording expects (a case's `expected`). */
export interface ExpectedResult {
  readonly status: string;
  readonly output?: unknown;
  readonly error?: string | undefined;
  readonly cause?: string | undefined;
}

/** The part of an execution result that is compared. */
export interface ActualResult {
  readonly status: string;
  readonly output?: unknown;
  readonly error?: string | undefined;
  readonly cause?: string | undefined;
}

/** Which comparison a failing case failed first. */
export type FailureKind = 'status' | 'output' | 'error' | 'cause' | 'exception' | 'timeout';

export type Verdict = { readonly pass: true } | { readonly pass: false; readonly kind: FailureKind; readonly reason: string };

/**
 * Compares an execution with its recording as ../shared/conformance/README.md says: the status; then
 * the output (deep equality, numbers by value) or the error (exact) and cause (exact, or equal as
 * JSON). With `placeholders`, the recording's placeholders match any string or the part they replaced.
 */
export function compareResult(expected: ExpectedResult, actual: ActualResult, placeholders: boolean): Verdict {
  if (actual.status !== expected.status) {
    return fail('status', `status: expected ${describeOutcome(expected)}, got ${describeOutcome(actual)}`);
  }
  if (expected.status === 'SUCCEEDED') {
    const difference = differenceOf(expected.output, actual.output, placeholders);
    return difference === undefined ? PASS : fail('output', `output${difference}`);
  }
  if (!optionalStringMatches(expected.error, actual.error, placeholders)) {
    return fail('error', `error: expected ${show(expected.error)}, got ${show(actual.error)}`);
  }
  if (!causeMatches(expected.cause, actual.cause, placeholders)) {
    return fail('cause', `cause: ${stringDifference(expected.cause, actual.cause)}`);
  }
  return PASS;
}

const PASS: Verdict = { pass: true };

function fail(kind: FailureKind, reason: string): Verdict {
  return { pass: false, kind, reason };
}

/**
 * `SUCCEEDED`, or `FAILED (States.Runtime: The JSONPath…)`: the cause without AWS's opening
 * `An error occurred while executing the state 'X' (entered at the event id #2). `, which says little.
 */
function describeOutcome(result: ExpectedResult | ActualResult): string {
  if (result.status === 'SUCCEEDED' || result.error === undefined) return result.status;
  const cause = (result.cause ?? '').replace(/^An error occurred while executing the state '[^']*' \(entered at the event id #\d+\)\. /, '');
  return cause === '' ? `${result.status} (${result.error})` : `${result.status} (${result.error}: ${clip(cause, 110)})`;
}

function optionalStringMatches(expected: string | undefined, actual: string | undefined, placeholders: boolean): boolean {
  if (expected === undefined || actual === undefined) return expected === actual;
  return stringMatches(expected, actual, placeholders);
}

/** A cause matches exactly, or as JSON when both sides are JSON text. */
export function causeMatches(expected: string | undefined, actual: string | undefined, placeholders: boolean): boolean {
  if (expected === undefined || actual === undefined) return expected === actual;
  if (stringMatches(expected, actual, placeholders)) return true;
  const [e, a] = [parseJson(expected), parseJson(actual)];
  return e.ok && a.ok && differenceOf(e.value, a.value, placeholders) === undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether `actual` is the recorded string, placeholders standing for anything. */
export function stringMatches(expected: string, actual: string, placeholders: boolean): boolean {
  return placeholders ? matchesPattern(patternOf(expected), actual) : expected === actual;
}

/**
 * The first place where `actual` differs from the recorded JSON value `expected`, as a path and what
 * differs there (`$.a[0]: expected 1, got "1"`), or undefined when they match. Numbers compare by value;
 * an object key whose value is `undefined` counts as absent (JSON has no such key); any other value
 * that is not JSON (NaN, a Date, a function…) differs from everything.
 */
export function differenceOf(expected: unknown, actual: unknown, placeholders: boolean, path = '$'): string | undefined {
  if (typeof expected === 'string') {
    if (typeof actual === 'string') {
      return stringMatches(expected, actual, placeholders) ? undefined : `${path}: ${stringDifference(expected, actual)}`;
    }
    // `RandomNumberGenerated` and its like replaced numbers too.
    if (placeholders && typeof actual === 'number' && Number.isFinite(actual) && patternOf(expected).whole) return undefined;
    return mismatch(path, expected, actual);
  }
  if (expected === null || typeof expected !== 'object') return expected === actual ? undefined : mismatch(path, expected, actual);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return mismatch(path, expected, actual);
    if (actual.length !== expected.length) {
      return `${path}: expected ${expected.length} items, got ${actual.length} (${clip(show(actual), 60)})`;
    }
    for (const [i, item] of expected.entries()) {
      const d = differenceOf(item, actual[i], placeholders, `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (!isPlainObject(actual)) return mismatch(path, expected, actual);
  const record = expected as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(actual, key) || actual[key] === undefined) return `${path}: missing key ${JSON.stringify(key)}`;
  }
  for (const key of Object.keys(actual)) {
    if (!Object.hasOwn(record, key) && actual[key] !== undefined) {
      return `${path}: unexpected key ${JSON.stringify(key)} (${clip(show(actual[key]), 40)})`;
    }
  }
  for (const [key, value] of Object.entries(record)) {
    const d = differenceOf(value, actual[key], placeholders, `${path}${member(key)}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `.key`, or `['odd key']` for keys that are not identifiers. */
function member(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function mismatch(path: string, expected: unknown, actual: unknown): string {
  return `${path}: expected ${clip(show(expected), 60)}, got ${clip(show(actual), 60)}`;
}

/**
 * Two strings side by side, cut around their first difference so that long causes stay one short line:
 * `expected "…in the input '{}'", got "…in the input '{\"a\"}'"`.
 */
export function stringDifference(expected: string | undefined, actual: string | undefined): string {
  if (expected === undefined || actual === undefined) return `expected ${show(expected)}, got ${show(actual)}`;
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - 25);
  const excerpt = (s: string): string => `${from > 0 ? '…' : ''}${clip(s.slice(from), 70)}`;
  return `expected ${JSON.stringify(excerpt(expected))}, got ${JSON.stringify(excerpt(actual))}`;
}

/** A value as short JSON text (`undefined`, `NaN` and other non-JSON values by name). */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'function') return 'a function';
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** `text`, cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
