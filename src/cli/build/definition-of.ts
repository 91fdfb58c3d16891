import { validate } from '../../compile/validate.js';
import type { Diagnostic } from '../../compile/diagnostic.js';
import type { ExportedWorkflow } from '../load/workflow-exports.js';
import { substitute, type Substitutions } from './substitute.js';

/** The checked definition of a workflow, or why there is none. */
export type DefinitionOutcome =
  | { readonly ok: true; readonly definition: unknown; readonly warnings: readonly Diagnostic[]; readonly unresolved: readonly string[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly failure: string };

/**
 * Calls the workflow's `toAsl({ validate: false })`, applies the substitutions and validates the
 * result. An older copy of statewright validates in `toAsl()` and throws an `InvalidDefinitionError`:
 * recognised by its `diagnostics`, not by class.
 */
export function definitionOf(workflow: ExportedWorkflow, substitutions: Substitutions): DefinitionOutcome {
  let asl: unknown;
  try {
    // Unvalidated: placeholders (a `${Arn}` Resource) only become valid once substituted.
    asl = workflow.toAsl({ validate: false });
  } catch (error) {
    const diagnostics = diagnosticsOf(error);
    if (diagnostics !== undefined) return { ok: false, diagnostics };
    return { ok: false, failure: `toAsl() failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { value, unresolved } = substitute(asl, substitutions);
  const diagnostics = validate(value);
  const errors = diagnostics.filter((d) => d.severity === 'ERROR');
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  return { ok: true, definition: value, warnings: diagnostics, unresolved };
}

function diagnosticsOf(error: unknown): readonly Diagnostic[] | undefined {
  if (typeof error !== 'object' || error === null || !('diagnostics' in error) || !Array.isArray(error.diagnostics)) return undefined;
  return (error.diagnostics as Diagnostic[]).filter((d) => d.severity === 'ERROR');
}
