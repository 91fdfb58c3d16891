import type { Clock } from './clock.js';
import type { ContextObject } from './context-object.js';
import type { HistoryEvent } from './history-event.js';

/** How an execution ended. */
export type ExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** What a task handler learns about the task it answers. */
export interface TaskContext {
  /** The Task state's name. */
  readonly stateName: string;
  /** The state's `Resource`. */
  readonly resource: string;
  /** The context object (`$$`) as the task sees it; `Task.Token` is set for `.waitForTaskToken`. */
  readonly context: ContextObject;
  /** 0 on the first attempt, then 1, 2, … on retries. */
  readonly retryCount: number;
  /** Waits `seconds` on the execution's clock (virtual time under the default clock). */
  readonly sleep: (seconds: number) => Promise<void>;
  /**
   * For a `.waitForTaskToken` task: completes it, as `ExecutionHandle.sendTaskSuccess` with this task's
   * token would, at any time while the task runs (before the handler returns, or later after `sleep`).
   */
  readonly sendTaskSuccess: (output: unknown) => void;
  /** Fails this `.waitForTaskToken` task with `error` and `cause`. */
  readonly sendTaskFailure: (error?: string, cause?: string) => void;
  /** Restarts the `HeartbeatSeconds` timer of this `.waitForTaskToken` task, or of this activity (the handler being its worker). */
  readonly sendTaskHeartbeat: () => void;
}

/**
 * Answers a task: receives the effective input (after `InputPath` and `Parameters`) and returns the
 * result. Throwing an {@link AslError} fails the task with its `error` and `cause`; any other throw
 * fails it with `States.TaskFailed` and the message as cause.
 */
export type TaskHandler = (input: unknown, context: TaskContext) => unknown;

/**
 * A Lambda function as the executor runs it for a Lambda task that no task handler answers: it
 * receives the event (the effective input for a function ARN, `Payload` for `lambda:invoke`) and
 * returns the function's result, which `lambda:invoke` wraps in the Invoke response
 * (`{ ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode }`). A throw is a
 * function error: the task fails with the error's `name` and AWS's JSON cause
 * (`{"errorType","errorMessage","trace"}`); an {@link AslError} fails it with its own `error` and `cause`.
 */
export type LambdaFunction = (event: unknown, context: TaskContext) => unknown;

/** Quotas AWS enforces; the defaults are AWS's. */
export interface Limits {
  /** Bytes of a state's input or output, a task result or an execution input (default 262,144). */
  readonly payloadBytes: number;
  /** History events of one execution, counted even when recording is off (default 25,000). */
  readonly historyEvents: number;
}

/** Options of {@link execute} and {@link startExecution}. */
export interface ExecuteOptions {
  /** The execution input (default `{}`). */
  readonly input?: unknown;
  /** The execution name (default: a UUID drawn from `random`). */
  readonly name?: string;
  /** `STANDARD` (default) or `EXPRESS`: an Express run refuses what AWS refuses and stops after five minutes, a Standard one after a year (366 days). */
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** The clock (default: a virtual clock at {@link DEFAULT_START_TIME}, or at `startTime`). */
  readonly clock?: Clock;
  /** Where a virtual clock starts (default {@link DEFAULT_START_TIME}). */
  readonly startTime?: Date;
  /** Seed of every random value: UUIDs, `States.MathRandom`, jitter, generated names (default 0). */
  readonly random?: number;
  /** Task handlers by state name. */
  readonly tasks?: Readonly<Record<string, TaskHandler>>;
  /** Task handlers by `Resource` ARN; a handler for the state name wins. */
  readonly taskResources?: Readonly<Record<string, TaskHandler>>;
  /**
   * Lambda functions by name or ARN (`'Resize'`, `'arn:aws:lambda:us-east-1:123456789012:function:Resize'`),
   * run for Lambda tasks (function ARNs and `lambda:invoke`) that no handler in `tasks`, `mockConfig` or
   * `taskResources` answers. A function that is not listed fails the task with `Lambda.ResourceNotFoundException`.
   */
  readonly lambdaFunctions?: Readonly<Record<string, LambdaFunction>>;
  /**
   * Definitions that `states:startExecution` tasks start as nested executions, by state machine ARN or
   * name. A `.sync` / `.sync:2` task waits for the child and returns its DescribeExecution output.
   */
  readonly stateMachines?: Readonly<Record<string, unknown>>;
  /**
   * An AWS Step Functions Local `MockConfigFile` (its parsed JSON). The test case
   * `StateMachines[stateMachineName].TestCases[testCase]` answers each Task state it names (inner states
   * of a Map or Parallel too) with the `Return` or `Throw` of `MockedResponses`, call by call.
   */
  readonly mockConfig?: unknown;
  /** The state machine of `mockConfig` (and the `$$.StateMachine.Name`, unless `context` says otherwise). */
  readonly stateMachineName?: string;
  /** The test case of `mockConfig`. */
  readonly testCase?: string;
  /** Overrides of context-object values. */
  readonly context?: {
    readonly executionId?: string;
    readonly roleArn?: string;
    readonly stateMachineName?: string;
  };
  /** Quotas (default: AWS's). */
  readonly limits?: Partial<Limits>;
  /** `false` skips recording history (events are still counted against the limit). */
  readonly history?: boolean;
}

/** The outcome of an execution. */
export interface ExecutionResult {
  readonly status: ExecutionStatus;
  /** The output, when `SUCCEEDED`. */
  readonly output?: unknown;
  /** The error name, unless `SUCCEEDED`. */
  readonly error?: string;
  /** The cause, unless `SUCCEEDED`. */
  readonly cause?: string;
  /** The history, as AWS records it (empty when `history: false`). */
  readonly events: readonly HistoryEvent[];
  /** State names of mocks (`tasks` entries and `mockConfig` test-case states) that no task called, in the order given. */
  readonly unusedMocks?: readonly string[];
  readonly startDate: Date;
  readonly stopDate: Date;
  /** Workflow time from start to stop, in milliseconds: virtual time under the virtual clock (two 30 s Waits take 60,000). */
  readonly elapsed: number;
}

/** A running execution. */
export interface ExecutionHandle {
  /** Settles when the execution ends; never rejects for errors the workflow raises. */
  readonly result: Promise<ExecutionResult>;
  /** Stops the execution: it ends `ABORTED` with this error and cause. */
  stop(error?: string, cause?: string): void;
  /**
   * Completes the `.waitForTaskToken` task waiting for `token` (its `$$.Task.Token`) with `output`.
   * Throws an {@link AslError} `TaskDoesNotExist` when no task waits for the token.
   */
  sendTaskSuccess(token: string, output: unknown): void;
  /** Fails the task waiting for `token` with `error` and `cause`. */
  sendTaskFailure(token: string, error?: string, cause?: string): void;
  /** Restarts the `HeartbeatSeconds` timer of the task waiting for `token`. */
  sendTaskHeartbeat(token: string): void;
}
