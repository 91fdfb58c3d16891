import fc from 'fast-check';
import { validate, type Diagnostic } from '../../../src/index.js';
import { execute, type ExecutionResult } from '../../../src/runtime/index.js';
import { buildWithBuilder, builderProgram } from './builder.js';
import { buildMachine, machineSpec, type MachineSpec } from './definition.js';
import { taskResources } from './handlers.js';
import { executionInput, jsonValue } from './json.js';

const STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT']);
const SEVERITIES = new Set(['ERROR', 'WARNING']);

/** Whether a definition validates without errors. */
export function validatesClean(definition: unknown): boolean {
  return !validate(definition).some((d) => d.severity === 'ERROR');
}

/** A problem with one diagnostic's shape, or `undefined`: code, severity, message and a JSON pointer whose parent exists. */
export function diagnosticProblem(definition: unknown, d: Diagnostic): string | undefined {
  const { code, severity }: { code: unknown; severity: unknown } = d;
  if (typeof code !== 'string' || !/^[A-Z_]+$/u.test(code)) return `bad code ${JSON.stringify(code)}`;
  if (typeof severity !== 'string' || !SEVERITIES.has(severity)) return `bad severity ${JSON.stringify(severity)}`;
  if (typeof d.message !== 'string' || d.message.length === 0) return 'empty message';
  if (d.path !== '' && !d.path.startsWith('/')) return `path ${d.path} is not a JSON pointer`;
  const tokens = d.path === '' ? [] : d.path.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node: unknown = definition;
  for (const token of tokens.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return `path ${d.path} leaves the definition at ${token}`;
    node = (node as Record<string, unknown>)[token];
  }
  return undefined;
}

/** A generated definition with one change: a field dropped, a value replaced by any JSON, or a key renamed. */
const mutated: fc.Arbitrary<unknown> = fc
  .tuple(machineSpec.map(buildMachine), fc.nat(), fc.constantFrom('drop', 'replace', 'rename'), jsonValue)
  .map(([definition, at, how, value]) => {
    const copy = structuredClone(definition);
    const objects: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if (!Array.isArray(node)) objects.push(node as Record<string, unknown>);
      for (const child of Object.values(node)) walk(child);
    };
    walk(copy);
    const target = objects[at % objects.length] as Record<string, unknown>;
    const keys = Object.keys(target);
    const key = keys[at % Math.max(keys.length, 1)];
    if (key === undefined) return copy;
    if (how === 'drop') Reflect.deleteProperty(target, key);
    else if (how === 'replace') target[key] = value;
    else {
      target[`${key}x`] = target[key];
      Reflect.deleteProperty(target, key);
    }
    return copy;
  });

/** Any JSON value, generated definitions, and generated definitions with one change. */
export const validatorInput: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 4 }), machineSpec.map(buildMachine), mutated);

/** The validator never throws, and every diagnostic is well formed. */
export const validatorProperty = fc.property(validatorInput, (definition) => {
  for (const d of validate(definition)) {
    const problem = diagnosticProblem(definition, d);
    if (problem !== undefined) throw new Error(`${problem}: ${JSON.stringify(d)}`);
  }
});

/**
 * The history limit of fuzzed runs: a generated loop reaches it in a few milliseconds, where AWS's
 * 25,000 events take seconds; the limit's code path is the same.
 */
export const FUZZ_HISTORY_LIMIT = 1000;

/** Runs a definition offline, each task answered by its resource's handler. */
export function run(definition: unknown, input: unknown, seed: number): Promise<ExecutionResult> {
  return execute(definition, { input, random: seed, taskResources, limits: { historyEvents: FUZZ_HISTORY_LIMIT } });
}

/** A problem with a finished execution, or `undefined`. */
export function resultProblem(result: ExecutionResult): string | undefined {
  if (!STATUSES.has(result.status)) return `status ${result.status}`;
  if (result.status === 'SUCCEEDED' ? result.error !== undefined : result.output !== undefined) return 'output and error mixed';
  const json = JSON.stringify({ output: result.output, events: result.events });
  const back = JSON.parse(json) as unknown;
  if (JSON.stringify(back) !== json) return 'not JSON-serialisable';
  if (Object.keys(Object.prototype).length > 0) return 'Object.prototype polluted';
  if (result.events.length > FUZZ_HISTORY_LIMIT && (result.error !== 'States.Runtime' || !String(result.cause).includes('maximum number of history events'))) {
    return `past the history limit with ${String(result.error)}`;
  }
  const last = result.events.at(-1)?.type;
  if (last === undefined || !/^Execution(Succeeded|Failed|TimedOut)$/u.test(last)) return `last event ${String(last)}`;
  return undefined;
}

/** A generated definition the validator accepts, with an input and a seed. */
export const acceptedRun: fc.Arbitrary<{ spec: MachineSpec; input: unknown; seed: number }> = fc.record({
  spec: machineSpec,
  input: executionInput,
  seed: fc.nat(),
});

/**
 * Any accepted definition runs to SUCCEEDED, FAILED or TIMED_OUT on the virtual clock (or stops at the
 * history limit with States.Runtime), never throwing; its output and history are JSON.
 */
export const executorProperty = fc.asyncProperty(acceptedRun, async ({ spec, input, seed }) => {
  const definition = buildMachine(spec);
  fc.pre(validatesClean(definition));
  const result = await run(definition, input, seed);
  const problem = resultProblem(result);
  if (problem !== undefined) throw new Error(`${problem}: ${result.status} ${String(result.error)} ${String(result.cause)}`);
});

/** The same definition, input and seed give the same result twice. */
export const determinismProperty = fc.asyncProperty(acceptedRun, async ({ spec, input, seed }) => {
  const definition = buildMachine(spec);
  fc.pre(validatesClean(definition));
  const [first, second] = [await run(definition, input, seed), await run(definition, input, seed)];
  const text = (r: ExecutionResult): string => JSON.stringify({ ...r, events: r.events });
  if (text(first) !== text(second)) throw new Error('two runs differ');
});

/** Names a state as the builder names it in generated programs (`"Choice 0"`). */
const BUILDER_STATE = /"(Pass|Task|Wait|Choice|Done|Failed) \d+"/u;

/** AWS's warnings about data that looks like a path (`Error: "$"`, a `Result` key `a.$`): the builder passes user data as given. */
const DATA_WARNINGS = new Set(['PASS_RESULT_IS_STATIC', 'NO_PATH', 'NO_DOLLAR']);

/**
 * Builder-made definitions validate without errors, and without warnings other than
 * {@link DATA_WARNINGS}. A program the builder refuses gets an Error naming the state, never a TypeError.
 */
export const builderProperty = fc.property(builderProgram, (program) => {
  let definition;
  try {
    definition = buildWithBuilder(program);
  } catch (error) {
    if (error instanceof TypeError || !(error instanceof Error) || !BUILDER_STATE.test(error.message)) throw error;
    return;
  }
  const unexpected = validate(definition).filter((d) => d.severity === 'ERROR' || !DATA_WARNINGS.has(d.code));
  if (unexpected.length > 0) throw new Error(JSON.stringify(unexpected));
});
