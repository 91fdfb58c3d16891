import type { Diagnostic, ValidateOptions } from './diagnostic.js';

// Placeholder while the validator is being written in this session.
export function validate(_definition: unknown, _options: ValidateOptions = {}): Diagnostic[] {
  return [];
}
