/** How serious a diagnostic is: AWS refuses a definition with any `ERROR`. */
export type Severity = 'ERROR' | 'WARNING';

/**
 * Stable diagnostic codes. The first group are AWS's own (ValidateStateMachineDefinition);
 * Names of our own are added only where AWS has none, all warnings: `RESERVED_ERROR_NAME` (a user error
 * name with the `States.` prefix that no predefined error has), `UNDEFINED_VARIABLE` (a `$name` read that
 * no `Assign` of its scope or an enclosing one sets) and `OUTER_VARIABLE_ASSIGNED` (a Parallel branch or
 * Map processor assigning a name of an enclosing scope, which only shadows it).
 */
export type DiagnosticCode =
  | 'INVALID_JSON_DESCRIPTION'
  | 'MISSING_DESCRIPTION'
  | 'SCHEMA_VALIDATION_FAILED'
  | 'INVALID_RESOURCE'
  | 'INVALID_JSONATA_EXPRESSION'
  | 'UNSUPPORTED_JSONATA_EXPRESSION'
  | 'MISSING_TRANSITION_TARGET'
  | 'MISSING_END_STATE'
  | 'DUPLICATE_STATE_NAME'
  | 'INVALID_STATE_NAME'
  | 'DUPLICATE_LABEL_NAME'
  | 'INVALID_LABEL_NAME'
  | 'TOO_DEEPLY_NESTED'
  | 'NO_DOLLAR'
  | 'NO_PATH'
  | 'PASS_RESULT_IS_STATIC'
  | 'RESERVED_ERROR_NAME'
  | 'UNDEFINED_VARIABLE'
  | 'OUTER_VARIABLE_ASSIGNED';

/** One finding of {@link validate}. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /**
   * JSON pointer (RFC 6901) into the definition, `''` for the whole document. It points where AWS points:
   * at a state for a field the state may not have, at a field for a bad value.
   */
  readonly path: string;
  readonly message: string;
}

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** The state machine type; `EXPRESS` refuses `.sync` and `.waitForTaskToken` integrations. Default `STANDARD`. */
  readonly type?: 'STANDARD' | 'EXPRESS';
}
