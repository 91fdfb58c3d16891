export { validate } from './compile/validate.js';
export type { Diagnostic, DiagnosticCode, Severity, ValidateOptions } from './compile/diagnostic.js';
