// The two validators under comparison, behind one small typed interface.
import { createRequire } from 'node:module';
import { validate, type Diagnostic } from '../../src/index.js';

/** asl-validator 4 ships no types: this is the part of its API the benchmark uses (see its README). */
interface AslValidatorResult {
  readonly isValid: boolean;
  readonly errors: readonly { readonly 'Error code': string; readonly Message: string }[];
  errorsText(separator?: string): string;
}
type AslValidator = (definition: unknown) => AslValidatorResult;

const requireCommonJs = createRequire(import.meta.url);
const aslValidator = requireCommonJs('asl-validator') as AslValidator;

export type MachineType = 'STANDARD' | 'EXPRESS';

export function runOurs(definition: unknown, type: MachineType = 'STANDARD'): Diagnostic[] {
  return validate(definition, { type });
}

/** asl-validator takes a parsed object only, and adds `QueryLanguage` to every state it sees (give it a copy). */
export function runAsl(definition: unknown): AslValidatorResult {
  return aslValidator(definition);
}

export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'ERROR');
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.path === '' ? '(root)' : d.path}: ${d.message}`;
}
