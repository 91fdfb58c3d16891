export { execute, startExecution, DEFAULT_LIMITS } from './execute.js';
export { DEFAULT_START_TIME, systemClock, virtualClock, type Clock, type VirtualClock } from './clock.js';
export { seededRandom, type RandomSource } from './random.js';
export {
  AslError,
  StatesBranchFailed,
  StatesDataLimitExceeded,
  StatesExceedToleratedFailureThreshold,
  StatesHeartbeatTimeout,
  StatesIntrinsicFailure,
  StatesItemReaderFailed,
  StatesNoChoiceMatched,
  StatesParameterPathFailure,
  StatesPermissions,
  StatesQueryEvaluationError,
  StatesResultPathMatchFailure,
  StatesResultWriterFailed,
  StatesRuntime,
  StatesTaskFailed,
  StatesTimeout,
} from './errors.js';
export type { ContextObject } from './context-object.js';
export type { ErrorDetails, HistoryEvent, HistoryEventType, MapIterationDetails, PayloadDetails, TaskDetails } from './history-event.js';
export type { ExecuteOptions, ExecutionHandle, ExecutionResult, ExecutionStatus, LambdaFunction, Limits, TaskContext, TaskHandler } from './options.js';
export { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
export { lambdaInvokeResponse, type LambdaInvokeResponse, type LambdaInvokeResponseOptions, type SdkHttpMetadata } from './tasks/lambda-response.js';
export { awsSdkError } from './tasks/sdk-errors.js';
export { testState } from './test-state/test-state.js';
export { TestStateError, type TestStateErrorCode } from './test-state/test-state-error.js';
export type {
  FieldValidationMode,
  InspectionData,
  InspectionErrorDetails,
  InspectionLevel,
  TestStateConfiguration,
  TestStateMock,
  TestStateOptions,
  TestStateResult,
  TestStateStatus,
  TestStateTarget,
} from './test-state/types.js';
