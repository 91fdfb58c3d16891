import type { ConformanceCase } from './case-file.js';

/** The name of the executor's subset in reports and in test/conformance-floor.json. */
export const EXECUTOR_SUBSET = 'jsonpath';

/**
 * Whether a case belongs to the executor issue's subset (issue 4): a JSONPath machine with no
 * JSONata state and no variables (no `Assign` in a state, catcher or Choice rule, and no `$name`
 * reference in a path, a `key.$` template or an intrinsic's arguments), in any nested branch or
 * item processor.
 */
export function isExecutorSubset(c: Pick<ConformanceCase, 'queryLanguage' | 'definition'>): boolean {
  if (c.queryLanguage !== 'JSONPath') return false;
  const machine = asRecord(c.definition);
  if (machine === undefined || machine['QueryLanguage'] === 'JSONata') return false;
  return statesOf(machine).every((state) => state['QueryLanguage'] !== 'JSONata' && !assigns(state) && !readsVariables(state));
}

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function asRecords(value: unknown): Json[] {
  return Array.isArray(value) ? value.flatMap((v): Json[] => listOf(asRecord(v))) : [];
}

function listOf(record: Json | undefined): Json[] {
  return record === undefined ? [] : [record];
}

/** Every state of a machine, with those of its Parallel branches and Map item processors. */
function statesOf(machine: Json): Json[] {
  return Object.values(asRecord(machine['States']) ?? {}).flatMap((value): Json[] => {
    const state = asRecord(value);
    if (state === undefined) return [];
    const nested = [...asRecords(state['Branches']), ...listOf(asRecord(state['ItemProcessor'])), ...listOf(asRecord(state['Iterator']))];
    return [state, ...nested.flatMap((m) => statesOf(m))];
  });
}

function assigns(state: Json): boolean {
  return 'Assign' in state || [...asRecords(state['Catch']), ...asRecords(state['Choices'])].some((x) => 'Assign' in x);
}

/** `Result` is a literal; nested machines are visited as states of their own. */
const SKIPPED = new Set(['Result', 'Branches', 'ItemProcessor', 'Iterator', 'Comment']);
/** Payload templates: only their `key.$` fields hold paths. */
const TEMPLATES = new Set(['Parameters', 'ResultSelector', 'ItemSelector']);

/** Whether a state, its Choice rules or catchers read a variable in a `*Path`, `Variable` or template field. */
function readsVariables(value: unknown, key = ''): boolean {
  if (typeof value === 'string') return (key.endsWith('Path') || key === 'Variable') && referencesVariable(value);
  if (Array.isArray(value)) return value.some((v) => readsVariables(v, key));
  return Object.entries(asRecord(value) ?? {}).some(([k, v]) =>
    SKIPPED.has(k) ? false : TEMPLATES.has(k) ? templateReadsVariables(v) : readsVariables(v, k),
  );
}

function templateReadsVariables(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(templateReadsVariables);
  return Object.entries(asRecord(value) ?? {}).some(([k, v]) =>
    typeof v === 'string' ? k.endsWith('.$') && referencesVariable(v) : templateReadsVariables(v),
  );
}

/**
 * Whether a JSONPath or intrinsic expression reads a variable: a `$` followed by a name (`$total`,
 * `$x.y`), as opposed to `$`, `$.a`, `$[0]` and `$$`; quoted intrinsic arguments are skipped.
 */
export function referencesVariable(expression: string): boolean {
  const unquoted = expression.replace(/'(?:\\.|[^'\\])*'/g, "''");
  return /(?:^|[^$\w])\$[A-Za-z_]/.test(unquoted);
}
