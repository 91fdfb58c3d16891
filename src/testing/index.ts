export { assertValidDefinition } from './assert-valid.js';
export { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
export type { Diagnostic, DiagnosticCode, Severity, ValidateOptions } from '../compile/diagnostic.js';
export { mockFailure, mockSequence, type MockFailure, type MockSequence } from './mock-responses.js';
export { taskMocks, type TaskMock, type TaskMocks } from './task-mocks.js';
export type { TaskContext, TaskHandler } from '../runtime/options.js';
export type { ContextObject } from '../runtime/context-object.js';
