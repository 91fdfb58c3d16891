export { validate } from './compile/validate.js';
export { InvalidDefinitionError } from './compile/invalid-definition-error.js';
export type { Diagnostic, DiagnosticCode, Severity, ValidateOptions } from './compile/diagnostic.js';
