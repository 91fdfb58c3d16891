/** The type of a history event, as AWS names it. */
export type HistoryEventType =
  | 'ExecutionStarted' | 'ExecutionSucceeded' | 'ExecutionFailed' | 'ExecutionAborted' | 'ExecutionTimedOut'
  | 'PassStateEntered' | 'PassStateExited'
  | 'TaskStateEntered' | 'TaskStateExited' | 'TaskStateAborted'
  | 'ChoiceStateEntered' | 'ChoiceStateExited'
  | 'WaitStateEntered' | 'WaitStateExited' | 'WaitStateAborted'
  | 'SucceedStateEntered' | 'SucceedStateExited'
  | 'FailStateEntered'
  | 'ParallelStateEntered' | 'ParallelStateExited' | 'ParallelStateStarted' | 'ParallelStateSucceeded' | 'ParallelStateFailed' | 'ParallelStateAborted'
  | 'MapStateEntered' | 'MapStateExited' | 'MapStateStarted' | 'MapStateSucceeded' | 'MapStateFailed' | 'MapStateAborted'
  | 'MapIterationStarted' | 'MapIterationSucceeded' | 'MapIterationFailed' | 'MapIterationAborted'
  | 'MapRunStarted' | 'MapRunSucceeded' | 'MapRunFailed' | 'MapRunAborted'
  | 'TaskScheduled' | 'TaskStarted' | 'TaskStartFailed' | 'TaskSubmitted' | 'TaskSubmitFailed' | 'TaskSucceeded' | 'TaskFailed' | 'TaskTimedOut'
  | 'LambdaFunctionScheduled' | 'LambdaFunctionStarted' | 'LambdaFunctionSucceeded' | 'LambdaFunctionFailed'
  | 'LambdaFunctionTimedOut' | 'LambdaFunctionScheduleFailed' | 'LambdaFunctionStartFailed'
  | 'ActivityScheduled' | 'ActivityStarted' | 'ActivitySucceeded' | 'ActivityFailed' | 'ActivityTimedOut'
  | 'EvaluationFailed';

/** `inputDetails` / `outputDetails`: whether the payload was cut to fit the event. */
export interface PayloadDetails {
  readonly truncated: boolean;
}

/**
 * One history event, shaped as AWS's GetExecutionHistory returns it, with one difference: `input`,
 * `output` and `parameters` hold the JSON value itself where AWS sends its JSON text.
 */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: Date;
  readonly type: HistoryEventType;
  readonly executionStartedEventDetails?: { readonly input: unknown; readonly inputDetails: PayloadDetails; readonly roleArn: string };
  readonly executionSucceededEventDetails?: { readonly output: unknown; readonly outputDetails: PayloadDetails };
  readonly executionFailedEventDetails?: ErrorDetails;
  readonly executionAbortedEventDetails?: ErrorDetails;
  readonly executionTimedOutEventDetails?: ErrorDetails;
  readonly stateEnteredEventDetails?: { readonly name: string; readonly input: unknown; readonly inputDetails: PayloadDetails };
  readonly stateExitedEventDetails?: {
    readonly name: string;
    readonly output: unknown;
    readonly outputDetails: PayloadDetails;
    /** The variables the state assigned, by name (values as JSON, like `output`). */
    readonly assignedVariables?: Readonly<Record<string, unknown>>;
    readonly assignedVariablesDetails?: PayloadDetails;
  };
  readonly mapStateStartedEventDetails?: { readonly length: number };
  readonly mapIterationStartedEventDetails?: MapIterationDetails;
  readonly mapIterationSucceededEventDetails?: MapIterationDetails;
  readonly mapIterationFailedEventDetails?: MapIterationDetails;
  readonly mapIterationAbortedEventDetails?: MapIterationDetails;
  readonly mapRunStartedEventDetails?: { readonly mapRunArn: string };
  readonly mapRunFailedEventDetails?: ErrorDetails;
  readonly taskScheduledEventDetails?: {
    readonly resourceType: string;
    readonly resource: string;
    readonly region: string;
    readonly parameters: unknown;
    readonly timeoutInSeconds?: number;
    readonly heartbeatInSeconds?: number;
  };
  readonly taskStartedEventDetails?: TaskDetails;
  readonly taskSucceededEventDetails?: TaskDetails & { readonly output: unknown; readonly outputDetails: PayloadDetails };
  /** The submission's response (`output`), absent when a mock answered a `.sync` task with the job's final result. */
  readonly taskSubmittedEventDetails?: TaskDetails & { readonly output?: unknown; readonly outputDetails?: PayloadDetails };
  readonly taskFailedEventDetails?: TaskDetails & ErrorDetails;
  readonly taskTimedOutEventDetails?: TaskDetails & ErrorDetails;
  readonly lambdaFunctionScheduledEventDetails?: {
    readonly resource: string;
    readonly input: unknown;
    readonly inputDetails: PayloadDetails;
    readonly timeoutInSeconds?: number;
  };
  readonly lambdaFunctionSucceededEventDetails?: { readonly output: unknown; readonly outputDetails: PayloadDetails };
  readonly lambdaFunctionFailedEventDetails?: ErrorDetails;
  readonly lambdaFunctionTimedOutEventDetails?: ErrorDetails;
  readonly activityScheduledEventDetails?: {
    readonly resource: string;
    readonly input: unknown;
    readonly inputDetails: PayloadDetails;
    readonly timeoutInSeconds?: number;
    readonly heartbeatInSeconds?: number;
  };
  readonly activitySucceededEventDetails?: { readonly output: unknown; readonly outputDetails: PayloadDetails };
  readonly activityFailedEventDetails?: ErrorDetails;
  readonly activityTimedOutEventDetails?: ErrorDetails;
  readonly evaluationFailedEventDetails?: ErrorDetails & { readonly state: string; readonly location?: string };
}

/** An error name and cause in an event. */
export interface ErrorDetails {
  readonly error?: string;
  readonly cause?: string;
}

/** Which Map iteration an event is about. */
export interface MapIterationDetails {
  readonly name: string;
  readonly index: number;
}

/** Which task resource an event is about: `resourceType` is the service (`lambda`), `resource` the action (`invoke`). */
export interface TaskDetails {
  readonly resourceType: string;
  readonly resource: string;
}
