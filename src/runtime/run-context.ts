import type { StateMachine } from '../asl/index.js';
import type { Callbacks } from './callbacks.js';
import type { CancelScope } from './cancel-scope.js';
import type { ContextObject } from './context-object.js';
import type { EventDetails, History } from './history.js';
import type { HistoryEventType } from './history-event.js';
import type { Limits, TaskHandler } from './options.js';
import type { RandomSource } from './random.js';
import type { Scheduler } from './scheduler.js';
import type { TaskServices } from './tasks/task-services.js';
import type { VariableScope } from './variables.js';

/** What every state of one execution shares. */
export interface ExecutionContext {
  readonly definition: StateMachine;
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly scheduler: Scheduler;
  readonly history: History;
  readonly random: RandomSource;
  readonly limits: Limits;
  readonly tasks: Readonly<Record<string, TaskHandler>>;
  readonly taskResources: Readonly<Record<string, TaskHandler>>;
  /** What answers each task: handlers, MockConfigFile mocks, Lambda functions, nested executions. */
  readonly services: TaskServices;
  /** The `.waitForTaskToken` tasks waiting for their callback. */
  readonly callbacks: Callbacks;
  /** The `Execution` and `StateMachine` parts of the context object. */
  readonly contextBase: Pick<ContextObject, 'Execution' | 'StateMachine'>;
}

/**
 * One line of execution: the machine itself, a Parallel branch or a Map iteration. It carries its
 * cancellation, its variables and the id of its last history event (each event points back to the one before it).
 */
export interface Fiber {
  readonly scope: CancelScope;
  /** The workflow variables this line of execution sees and assigns. */
  readonly variables: VariableScope;
  lastEventId: number;
}

/** Records an event on a fiber and moves the fiber's last event id forward. */
export function record(ex: ExecutionContext, fiber: Fiber, type: HistoryEventType, details?: EventDetails): number {
  fiber.lastEventId = ex.history.add(type, fiber.lastEventId, details);
  return fiber.lastEventId;
}
