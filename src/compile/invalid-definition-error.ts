import type { Diagnostic } from './diagnostic.js';

/**
 * Thrown where a valid definition is required and the validator found errors. It keeps every
 * diagnostic, and its message lists them, one per line.
 *
 * @example
 * ```ts
 * import { InvalidDefinitionError, validate } from 'statewright';
 *
 * const diagnostics = validate({ StartAt: 'A', States: {} });
 * const error = new InvalidDefinitionError(diagnostics);
 * console.log(error.message);
 * ```
 */
export class InvalidDefinitionError extends Error {
  override readonly name = 'InvalidDefinitionError';
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'ERROR');
    super(
      [`Invalid state machine definition (${errors.length} error${errors.length === 1 ? '' : 's'}):`]
        .concat(errors.map((d) => `  ${d.code} ${d.message} (#${d.path})`))
        .join('\n'),
    );
    this.diagnostics = diagnostics;
  }
}
