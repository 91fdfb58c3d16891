import { validate } from '../compile/validate.js';
import { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
import type { JsonObject } from '../internal/json-object.js';
import { chainCode } from './chain-code.js';
import { hasJsonataCondition } from './conditions.js';
import { nestedScopes } from './scopes.js';
import { demands } from './demand.js';
import { pascalCase, workflowIdentifier } from './identifiers.js';
import { Code, printValue, type Printable } from './source-text.js';
import { formatModule } from './format-module.js';
import { UnsupportedFeatureError } from './unsupported-feature-error.js';
import { unsupportedFeatures } from './unsupported.js';
import { schemaFromPaths, schemaFromSample } from './zod-schema.js';

/** The options of {@link importAsl}. */
export interface ImportAslOptions {
  /** The workflow's name (its ASL has none); the exported constant is its camelCase. Default `Workflow`. */
  readonly name?: string;
  /**
   * A sample execution input: the input schema is inferred from it (strings, numbers, objects, …).
   * Without one, the schema has each path the definition reads in its input, typed `unknown`.
   */
  readonly inputSample?: unknown;
}

/**
 * The builder TypeScript module (formatted source text) that rebuilds an ASL definition: `toAsl()` on
 * its exported workflow gives back a definition deep-equal to `definition` (an object or JSON text).
 * The input schema is inferred from `inputSample`, or from the paths the definition reads; each Task
 * whose result is read gets a `result` schema of the paths read in it.
 *
 * Throws `InvalidDefinitionError` for a definition the validator refuses and
 * {@link UnsupportedFeatureError} (naming each state and field) for what the DSL cannot express yet.
 *
 * @example
 * ```ts
 * import { importAsl } from 'statewright/codegen';
 *
 * const source = importAsl(
 *   { StartAt: 'Wait', States: { Wait: { Type: 'Wait', SecondsPath: '$.delay', Next: 'Done' }, Done: { Type: 'Succeed' } } },
 *   { name: 'Delay' },
 * );
 * console.log(source); // export const delay = workflow('Delay', { input: DelayInput }) .wait('Wait', { secondsPath: '$.delay' }) …
 * ```
 */
export function importAsl(definition: unknown, options: ImportAslOptions = {}): string {
  const errors = validate(definition).filter((d) => d.severity === 'ERROR');
  if (errors.length > 0) throw new InvalidDefinitionError(errors);
  const machine = (typeof definition === 'string' ? JSON.parse(definition) : definition) as JsonObject;
  const unsupported = unsupportedFeatures(machine);
  if (unsupported.length > 0) throw new UnsupportedFeatureError(unsupported);

  const name = options.name ?? 'Workflow';
  const inputName = `${pascalCase(name)}Input`;
  const read = demands(machine);
  const inputSchema = options.inputSample === undefined ? schemaFromPaths(read.input) : schemaFromSample(options.inputSample, read.input);
  const results = new Map([...read.results].map(([state, paths]) => [state, schemaFromPaths(paths)]));
  const workflowOptions: Record<string, Printable | undefined> = {
    input: new Code(inputName),
    queryLanguage: machine.QueryLanguage as string | undefined,
    comment: machine.Comment as string | undefined,
    timeoutSeconds: machine.TimeoutSeconds as number | undefined,
    version: machine.Version as string | undefined,
  };
  return formatModule({
    inputName,
    inputSchema,
    inputDoc: options.inputSample === undefined ? 'The execution input: each path the definition reads in it (typed `unknown`; narrow the types as you know them).' : 'The execution input, inferred from a sample.',
    workflowName: workflowIdentifier(name),
    imports: hasJsonataCondition(nestedScopes(machine).states) ? ['condition', 'workflow'] : ['workflow'],
    workflowCode: `workflow(${printValue(name)}, ${printValue(workflowOptions)})${chainCode(machine, results)}`,
  });
}
