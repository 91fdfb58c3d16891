import type { Diagnostic, DiagnosticCode } from './diagnostic.js';

/** Collects diagnostics in the order the checks find them. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  error(code: DiagnosticCode, path: string, message: string): void {
    this.diagnostics.push({ code, severity: 'ERROR', path, message });
  }

  warning(code: DiagnosticCode, path: string, message: string): void {
    this.diagnostics.push({ code, severity: 'WARNING', path, message });
  }

  /** `SCHEMA_VALIDATION_FAILED`, the code AWS uses for nearly every field-level problem. */
  schema(path: string, message: string): void {
    this.error('SCHEMA_VALIDATION_FAILED', path, message);
  }
}
