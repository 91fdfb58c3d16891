import type { ReadonlyDeep } from 'type-fest';
import type { State } from '../../asl/index.js';

/** How much of the data flow a test reports: `INFO` the outcome only, `DEBUG` and `TRACE` also each step's data. */
export type InspectionLevel = 'INFO' | 'DEBUG' | 'TRACE';

/** How a tested state ended: `RETRIABLE` when a retrier would retry, `CAUGHT_ERROR` when a catcher took the error. */
export type TestStateStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';

/** How strictly a mocked result is checked against the service's response shape (default `STRICT`). */
export type FieldValidationMode = 'STRICT' | 'PRESENT' | 'NONE';

/** What answers a Task, Map or Parallel state instead of its service, iterations or branches. */
export type TestStateMock = (
  | { readonly result: unknown; readonly errorOutput?: undefined }
  | { readonly errorOutput: { readonly error: string; readonly cause: string }; readonly result?: undefined }
) & { readonly fieldValidationMode?: FieldValidationMode | undefined };

/** The situation a state is tested in, as AWS's `stateConfiguration` gives it. */
export interface TestStateConfiguration {
  /** Retries already made by the retrier that matches the mocked error (default 0). */
  readonly retrierRetryCount?: number | undefined;
  /** The state inside a Map or Parallel state that raised the mocked error. */
  readonly errorCausedByState?: string | undefined;
  /** Map iterations that failed (needs a mock). */
  readonly mapIterationFailureCount?: number | undefined;
  /** What a Distributed Map's ItemReader read, as text in its source format. */
  readonly mapItemReaderData?: string | undefined;
}

/** Options of `testState`, named as AWS's TestState request names them; values are JSON values, not JSON text. */
export interface TestStateOptions {
  /** The state input (default `{}`). */
  readonly input?: unknown;
  /** Workflow variables visible to the state. */
  readonly variables?: Readonly<Record<string, unknown>> | undefined;
  /** The context object, or parts of it (`Execution`, `State`, `StateMachine`, `Task`, `Map`). */
  readonly context?: Readonly<Record<string, unknown>> | undefined;
  /** Retries already made, Map iterations failed, the state an error came from, ItemReader data. */
  readonly stateConfiguration?: TestStateConfiguration | undefined;
  /** What answers a Task, Map or Parallel state (required for them: no service is called). */
  readonly mock?: TestStateMock | undefined;
  /** Default `INFO`. */
  readonly inspectionLevel?: InspectionLevel | undefined;
  /** Accepted for parity with AWS; it only changes HTTP Task traces, which offline runs do not have. */
  readonly revealSecrets?: boolean | undefined;
}

/**
 * A state on its own (`as const` literals welcome), or a state of a whole definition chosen by name,
 * nested states too; the definition may be JSON text.
 */
export type TestStateTarget = ReadonlyDeep<State> | { readonly definition: unknown; readonly stateName: string };

/** `errorDetails` of the inspection data: which retrier or catcher matched, and the retry's wait. */
export interface InspectionErrorDetails {
  /** Index in `Retry` of the retrier that matched the error. */
  readonly retryIndex?: number;
  /** Seconds before the retry, when the state is `RETRIABLE`. */
  readonly retryBackoffIntervalSeconds?: number;
  /** Index in `Catch` of the catcher that took the error. */
  readonly catchIndex?: number;
}

/** The data after each step of the state's data flow, named and filled as AWS fills them (DEBUG and TRACE). */
export interface InspectionData {
  /** The raw state input. */
  readonly input?: unknown;
  /** After `InputPath` (JSONPath). */
  readonly afterInputPath?: unknown;
  /** After `Parameters` (JSONPath Pass and Task). */
  readonly afterParameters?: unknown;
  /** After `Arguments` (JSONata Task). */
  readonly afterArguments?: unknown;
  /** The raw result: a Pass state's `Result` or a Task's mocked result. */
  readonly result?: unknown;
  /** After `ResultSelector` (JSONPath). */
  readonly afterResultSelector?: unknown;
  /** After `ResultPath`, the result within the raw input (JSONPath). */
  readonly afterResultPath?: unknown;
  /** A Map's items after `ItemsPath` (JSONPath). */
  readonly afterItemsPath?: unknown;
  /** Each Map iteration's input after `ItemSelector`. */
  readonly afterItemSelector?: unknown;
  /** The Map's batches after `ItemBatcher`. */
  readonly afterItemBatcher?: unknown;
  /** The workflow variables after the state, when there are any. */
  readonly variables?: Readonly<Record<string, unknown>>;
  /** Which retrier or catcher matched the error. */
  readonly errorDetails?: InspectionErrorDetails;
  /** A Map's `MaxConcurrency` (0: no limit). */
  readonly maxConcurrency?: number;
  /** A Map's `ToleratedFailureCount`, when set. */
  readonly toleratedFailureCount?: number;
  /** A Map's `ToleratedFailurePercentage`, when set. */
  readonly toleratedFailurePercentage?: number;
}

/** AWS's TestState response. */
export interface TestStateResult {
  /** How the state ended. */
  readonly status: TestStateStatus;
  /** The state output: when `SUCCEEDED`, or the catcher's output when `CAUGHT_ERROR`. */
  readonly output?: unknown;
  /** The error name, unless `SUCCEEDED`. */
  readonly error?: string;
  /** The error cause, unless `SUCCEEDED`. */
  readonly cause?: string;
  /** The state the workflow would go to next (none at an end). */
  readonly nextState?: string;
  /** Absent at `INFO`. */
  readonly inspectionData?: InspectionData;
}
