export { assertValidDefinition } from './assert-valid.js';
export { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
export type { Diagnostic, DiagnosticCode, Severity, ValidateOptions } from '../compile/diagnostic.js';
export { mockFailure, mockSequence, type MockFailure, type MockSequence } from './mock-responses.js';
export { taskMocks, type TaskMock, type TaskMocks } from './task-mocks.js';
export type { TaskContext, TaskHandler } from '../runtime/options.js';
export type { ContextObject } from '../runtime/context-object.js';
export { coverage, formatCoverage, type CoverageItem, type CoverageReport } from './coverage.js';
export { explainExecution } from './history/explain.js';
export { renderExecution } from './history/render.js';
export { stateVisits, type StateVisit } from './history/state-visits.js';
export type { ExecutionResult, ExecutionStatus } from '../runtime/options.js';
export type { ErrorDetails, HistoryEvent, HistoryEventType, MapIterationDetails, PayloadDetails, TaskDetails } from '../runtime/history-event.js';
export {
  testWorkflow,
  type MockHandler,
  type RunOptions,
  type TaskName,
  type TaskResult,
  type TypesOf,
  type UntypedWorkflow,
  type WorkflowRun,
  type WorkflowTest,
  type WorkflowTypes,
} from './test-workflow.js';
export { InvalidMockError } from './mock-result-schema.js';
export { testState, type StateMock, type StateTestOptions } from './test-workflow-state.js';
