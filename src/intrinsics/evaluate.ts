import { StatesRuntime } from '../runtime/errors.js';
import type { RandomSource } from '../runtime/random.js';
import type { IntrinsicArg, IntrinsicCall, IntrinsicParseResult } from './ast.js';
import { INTRINSIC_FUNCTIONS } from './functions.js';
import { IntrinsicFunctionError, type Invocation } from './functions/invocation.js';
import { IMPLEMENTATIONS } from './functions/registry.js';
import { parseIntrinsic } from './parse.js';

/** What an intrinsic needs from the running state. */
export interface IntrinsicScope {
  /**
   * The value a path argument (`$.a`, `$$.x`, `$var`) selects, given its text. When it selects
   * nothing it throws a `StatesRuntime` whose cause is {@link intrinsicArgumentNotFound}'s text;
   * the evaluator names the whole call around it, as AWS does.
   */
  readonly readPath: (text: string) => unknown;
  /** Feeds `States.UUID` and an unseeded `States.MathRandom`. */
  readonly random: RandomSource;
}

const CACHE_LIMIT = 1024;
const parsed = new Map<string, IntrinsicParseResult>();

/** Parses each distinct text once; the oldest entry goes when the cache is full. */
function parseCached(text: string): IntrinsicParseResult {
  let result = parsed.get(text);
  if (result === undefined) {
    result = parseIntrinsic(text);
    if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value as string);
    parsed.set(text, result);
  }
  return result;
}

/** A path argument that selected nothing, on its way to the top of the expression. */
class PathMiss extends Error {
  constructor(readonly miss: StatesRuntime) {
    super(miss.message);
  }
}

/**
 * Evaluates an intrinsic call such as `States.Format('{}', $.name)` with AWS's semantics: nested
 * calls inside-out, arguments left to right. Failures are `States.Runtime` errors with AWS's
 * cause (without the `An error occurred while executing the state …` prefix the engine adds):
 * `There was an error while evaluating the intrinsic function: <text>. Invalid arguments in
 * States.MathAdd`, or `The function '<text>' had the following error: <path miss>`.
 *
 * @example
 * evaluateIntrinsic("States.MathAdd($.n, 1)", { readPath: () => 41, random }); // 42
 */
export function evaluateIntrinsic(text: string, scope: IntrinsicScope): unknown {
  const result = parseCached(text);
  if (!result.ok) throw evaluationError(text, result.message);
  try {
    return evaluateCall(result.call, scope);
  } catch (error) {
    if (error instanceof IntrinsicFunctionError) throw evaluationError(text, error.detail);
    if (error instanceof PathMiss) {
      throw new StatesRuntime(`The function '${text}' had the following error: ${error.miss.cause}`);
    }
    throw error;
  }
}

/**
 * The cause AWS gives when a path argument of an intrinsic selects nothing; `input` is the
 * state's effective input. {@link IntrinsicScope.readPath} throws it.
 *
 * @example
 * intrinsicArgumentNotFound('$.nope', { other: 1 }).cause;
 * // "The JsonPath argument for the field '$.nope' could not be found in the input '{\"other\":1}'"
 */
export function intrinsicArgumentNotFound(path: string, input: unknown): StatesRuntime {
  return new StatesRuntime(`The JsonPath argument for the field '${path}' could not be found in the input '${JSON.stringify(input)}'`);
}

function evaluationError(text: string, detail: string): StatesRuntime {
  return new StatesRuntime(`There was an error while evaluating the intrinsic function: ${text}. ${detail}`);
}

function evaluateCall(call: IntrinsicCall, scope: IntrinsicScope): unknown {
  const args = call.args.map((arg) => evaluateArg(arg, scope));
  const implementation = IMPLEMENTATIONS.get(call.name);
  const signature = INTRINSIC_FUNCTIONS.get(call.name);
  if (implementation === undefined || signature === undefined) {
    throw new IntrinsicFunctionError(`Unknown intrinsic function ${call.name}`);
  }
  const invocation: Invocation = { name: call.name, args, nodes: call.args, random: scope.random };
  // AWS accepts a wrong argument count at deploy time and fails at run time.
  if (args.length < signature.minArgs || args.length > signature.maxArgs) {
    throw new IntrinsicFunctionError(`Invalid arguments in ${call.name}`);
  }
  return implementation(invocation);
}

function evaluateArg(arg: IntrinsicArg, scope: IntrinsicScope): unknown {
  switch (arg.kind) {
    case 'call':
      return evaluateCall(arg, scope);
    case 'path':
      try {
        return scope.readPath(arg.text);
      } catch (error) {
        if (error instanceof StatesRuntime) throw new PathMiss(error);
        throw error;
      }
    case 'string':
    case 'number':
    case 'boolean':
      return arg.value;
    case 'null':
      return null;
  }
}
