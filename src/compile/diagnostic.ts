/** How serious a diagnostic is: AWS refuses a definition with any `ERROR`. */
export type Severity = 'ERROR' | 'WARNING';

/**
 * Stable diagnostic codes. The first group are AWS's own (ValidateStateMachineDefinition);
 * `INVALID_JSONATA` style names of our own are added only where AWS has none.
 */
export type DiagnosticCode =
  | 'INVALID_JSON_DESCRIPTION'
  | 'MISSING_DESCRIPTION'
  | 'SCHEMA_VALIDATION_FAILED'
  | 'INVALID_RESOURCE'
  | 'MISSING_TRANSITION_TARGET'
  | 'MISSING_END_STATE'
  | 'DUPLICATE_STATE_NAME'
  | 'INVALID_STATE_NAME'
  | 'DUPLICATE_LABEL_NAME'
  | 'INVALID_LABEL_NAME'
  | 'TOO_DEEPLY_NESTED'
  | 'NO_DOLLAR'
  | 'NO_PATH'
  | 'PASS_RESULT_IS_STATIC';

/** One finding of {@link validate}. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** JSON pointer into the definition (`''` is the whole document), placed where AWS places it. */
  readonly path: string;
  readonly message: string;
}

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** The state machine type; `EXPRESS` refuses `.sync` and `.waitForTaskToken` integrations. Default `STANDARD`. */
  readonly type?: 'STANDARD' | 'EXPRESS';
}
