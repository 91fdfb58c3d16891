import { JSONPath } from 'jsonpath-plus';
import { evaluateIntrinsic, intrinsicArgumentNotFound, type IntrinsicScope } from '../../src/intrinsics/evaluate.js';
import { parsePath } from '../../src/paths/syntax.js';
import { StatesRuntime } from '../../src/runtime/errors.js';
import { seededRandom, type RandomSource } from '../../src/runtime/random.js';

/** Where the paths of an intrinsic read: the state input, the context object, the variables. */
export interface TestData {
  readonly input: unknown;
  readonly context?: unknown;
  readonly variables?: Readonly<Record<string, unknown>>;
}

/**
 * Reads a path the way the engine does for an intrinsic argument (a small stand-in built on
 * jsonpath-plus): one node for a definite path, an array otherwise, and AWS's miss error.
 */
export function readTestPath(path: string, data: TestData): unknown {
  const parsed = parsePath(path, 'path');
  if (!parsed.ok) throw new Error(`Bad test path ${path}: ${parsed.message}`);
  let json: unknown = data.input;
  let rest = path.slice(1);
  if (parsed.root === '$$') {
    json = data.context ?? {};
    rest = path.slice(2);
  } else if (parsed.root === 'variable') {
    const name = parsed.variable ?? '';
    if (data.variables === undefined || !Object.hasOwn(data.variables, name)) throw intrinsicArgumentNotFound(path, data.input);
    json = data.variables[name];
    rest = path.slice(1 + name.length);
  }
  if (rest === '') return json;
  const found = JSONPath<unknown[] | undefined>({ path: `$${rest}`, json: json as object, wrap: true, eval: 'safe' }) ?? [];
  if (parsed.definite) {
    if (found.length === 0) throw intrinsicArgumentNotFound(path, data.input);
    return found[0];
  }
  return found;
}

/** A scope over `data`, with a seeded random source. */
export function testScope(data: TestData, random: RandomSource = seededRandom(7)): IntrinsicScope {
  return { readPath: (path) => readTestPath(path, data), random };
}

/** Evaluates `text` against `input`. */
export function run(text: string, input: unknown = {}, random?: RandomSource): unknown {
  return evaluateIntrinsic(text, testScope({ input }, random));
}

/** The error `text` raises against `input` (fails the test when it raises none). */
export function failure(text: string, input: unknown = {}): StatesRuntime {
  try {
    run(text, input);
  } catch (error) {
    if (error instanceof StatesRuntime) return error;
    throw error;
  }
  throw new Error(`${text} did not fail`);
}

/** AWS's cause for a function that rejected its arguments (or another `detail`). */
export function evaluationCause(text: string, detail: string): string {
  return `There was an error while evaluating the intrinsic function: ${text}. ${detail}`;
}
