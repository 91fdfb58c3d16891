/**
 * Registers statewright's execution matchers with vitest: `import 'statewright/testing/vitest'` in a
 * test file (or a `setupFiles` entry) adds `toSucceed`, `toSucceedWith`, `toFailWith`,
 * `toHaveVisited`, `toHaveVisitedState`, `toHaveCalledTask`, `toHaveCalledTaskTimes` and `toHaveHistoryEvent` to `expect`.
 *
 * @packageDocumentation
 */
import { expect } from 'vitest';
import { executionMatchers, type ExecutionMatchers } from './matchers.js';

expect.extend(executionMatchers);

declare module 'vitest' {
  // Declaration merging must repeat vitest's own type parameter, default included. The matchers
  // are synchronous whatever the received value, so they return void.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> extends ExecutionMatchers<void> {}
}

export type { ExecutionMatchers } from './matchers.js';
export type { ErrorDetails, HistoryEvent, HistoryEventType, MapIterationDetails, PayloadDetails, TaskDetails } from '../runtime/history-event.js';
