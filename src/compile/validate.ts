import { StateMachineSchema } from '../asl/index.js';
import { isJsonObject, jsonTypeName } from '../internal/json-object.js';
import { checkContainer } from './check-container.js';
import { MAX_DEFINITION_DEPTH, tooDeepAt } from './check-depth.js';
import { checkVariables } from './check-variables.js';
import type { CheckContext } from './context.js';
import type { Diagnostic, ValidateOptions } from './diagnostic.js';
import { parseDefinitionText } from './parse-definition.js';
import { Reporter } from './reporter.js';

/**
 * Validates an Amazon States Language definition as AWS Step Functions does when it creates a state machine,
 * and returns every problem found (an empty array when AWS would accept it).
 *
 * @param definition - the definition as a parsed JSON value, or as JSON text
 * @example
 * ```ts
 * import { validate } from 'statewright';
 *
 * const diagnostics = validate({
 *   StartAt: 'Hello',
 *   States: { Hello: { Type: 'Pass', Next: 'Missing' } },
 * });
 * // [{ code: 'MISSING_TRANSITION_TARGET', severity: 'ERROR', path: '/States/Hello/Next',
 * //    message: "Missing 'Next' target: Missing" }]
 * const errors = diagnostics.filter((d) => d.severity === 'ERROR');
 * console.log(errors.length);
 * ```
 */
export function validate(definition: unknown, options: ValidateOptions = {}): Diagnostic[] {
  let value = definition;
  if (typeof definition === 'string') {
    const parsed = parseDefinitionText(definition);
    if (!parsed.ok) return [parsed.diagnostic];
    value = parsed.value;
  }
  const report = new Reporter();
  const deepAt = tooDeepAt(value);
  if (deepAt !== undefined) {
    report.error('INVALID_JSON_DESCRIPTION', deepAt, `Definition nests objects and arrays more than ${MAX_DEFINITION_DEPTH} levels deep`);
  } else if (value === null || value === undefined) {
    report.error('MISSING_DESCRIPTION', '', 'Definition is empty');
  } else if (!isJsonObject(value)) {
    report.schema('', `Definition must be a valid JSON object, got ${jsonTypeName(value)}`);
  } else {
    const ctx: CheckContext = {
      report,
      machineType: options.type ?? 'STANDARD',
      topLanguage: value.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath',
      stateNames: new Map(),
      labels: new Set(),
    };
    checkContainer(ctx, StateMachineSchema, value, '', 0);
    checkVariables(ctx, value, '');
  }
  return report.diagnostics;
}
