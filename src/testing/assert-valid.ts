import type { Diagnostic, ValidateOptions } from '../compile/diagnostic.js';
import { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
import { validate } from '../compile/validate.js';

/**
 * Asserts that an ASL definition (object or JSON text) is one AWS would accept, throwing an
 * {@link InvalidDefinitionError} that lists every error otherwise. Returns the warnings.
 *
 * @example
 * ```ts
 * import { assertValidDefinition } from 'statewright/testing';
 *
 * const warnings = assertValidDefinition({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } });
 * console.log(warnings.length); // 0
 * ```
 */
export function assertValidDefinition(definition: unknown, options: ValidateOptions = {}): Diagnostic[] {
  const diagnostics = validate(definition, options);
  if (diagnostics.some((d) => d.severity === 'ERROR')) throw new InvalidDefinitionError(diagnostics);
  return diagnostics;
}
