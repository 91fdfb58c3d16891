import type { ParsedResource } from '../../integrations/index.js';
import type { Callbacks } from '../callbacks.js';
import type { ExecuteOptions, ExecutionHandle, LambdaFunction, TaskContext, TaskHandler } from '../options.js';
import { lambdaTarget, invokeLambda } from './lambda-functions.js';
import { mockConfigResponders, type MockResponder } from './mock-config/mock-config-tasks.js';
import { isNestedExecution, runNestedExecution } from './nested-execution.js';
import { isSfnCallback, runSfnCallback } from './sfn-callbacks.js';
import { taskStateNames } from './task-state-names.js';

/** What answers a task, beyond the handler's own arguments. */
export interface AnswerContext extends TaskContext {
  /** Records `TaskSubmitted` with the submission's response. */
  readonly submitted: (response: unknown) => void;
  /** Registers what to do when the task stops waiting (timeout, abort). */
  readonly onAbandon: (stop: () => void) => void;
  /** A fresh request id (a seeded UUID). */
  readonly requestId: () => string;
  readonly now: () => number;
  readonly newName: () => string;
  /** A fresh seed for a child execution's random source. */
  readonly seed: () => number;
  /** The tokens of this execution and of those it started, for `aws-sdk:sfn:sendTask*`. */
  readonly callbacks: Callbacks;
}

/**
 * Where an answer comes from. `handler` (tasks, taskResources), `lambda` and `nested` answer a
 * `.waitForTaskToken` task with the submission, then wait for the token (`builtin`, the SendTask*
 * calls of `aws-sdk:sfn`, are request-response only); a `mock` (MockConfigFile)
 * answers it with the final result, as Step Functions Local does. Every mock answers a `.sync` task
 * with the job's final result; `nested` runs the job itself and records its own `TaskSubmitted`.
 */
export type AnswerSource = 'handler' | 'mock' | 'lambda' | 'nested' | 'builtin';

export interface TaskAnswer {
  readonly source: AnswerSource;
  readonly run: (input: unknown, context: AnswerContext) => unknown;
}

/** The task answering of one execution: handlers, MockConfigFile, Lambda functions, nested executions. */
export interface TaskServices {
  /** The answer for a task, or undefined when nothing answers it. */
  resolve(stateName: string, resource: ParsedResource): TaskAnswer | undefined;
  /** Mocked state names no task has called, in the order given. */
  unusedMocks(): string[];
}

/**
 * Builds the task services of an execution. Throws a TypeError for a mock (`tasks` entry or
 * MockConfigFile test-case state) naming no Task state of the definition, and for a MockConfigFile
 * without the state machine or test case asked for.
 */
export function taskServices(
  definition: unknown,
  options: ExecuteOptions,
  start: (definition: unknown, options: ExecuteOptions) => ExecutionHandle,
): TaskServices {
  const tasks = options.tasks ?? {};
  const taskResources = options.taskResources ?? {};
  const lambdaFunctions: Readonly<Record<string, LambdaFunction>> = options.lambdaFunctions ?? {};
  const mocks = mockResponders(options);
  checkMockNames(definition, [...Object.keys(tasks), ...mocks.keys()]);
  const mocked = [...new Set([...Object.keys(tasks), ...mocks.keys()])];
  const called = new Set<string>();

  const handler = (fn: TaskHandler): TaskAnswer => ({ source: 'handler', run: fn });
  return {
    resolve(stateName, resource) {
      if (Object.hasOwn(tasks, stateName)) {
        called.add(stateName);
        return handler(tasks[stateName] as TaskHandler);
      }
      const mock = mocks.get(stateName);
      if (mock !== undefined) {
        called.add(stateName);
        return { source: 'mock', run: mock };
      }
      if (Object.hasOwn(taskResources, resource.arn)) return handler(taskResources[resource.arn] as TaskHandler);
      if (resource.kind === 'optimized' && isNestedExecution(resource, options.stateMachines)) {
        return {
          source: 'nested',
          run: (input, context) =>
            runNestedExecution(resource, {
              input,
              stateMachines: options.stateMachines ?? {},
              start,
              inheritedFor: (machineName) => ({ ...inheritedOptions(options, machineName), random: context.seed() }),
              newName: context.newName,
              now: context.now,
              submitted: context.submitted,
              onAbandon: context.onAbandon,
            }),
        };
      }
      if (resource.kind === 'aws-sdk' && isSfnCallback(resource)) {
        return { source: 'builtin', run: (input, context) => runSfnCallback(resource.action, input, context.callbacks) };
      }
      if (Object.keys(lambdaFunctions).length > 0) {
        return lambdaAnswer(resource, lambdaFunctions);
      }
      return undefined;
    },
    unusedMocks: () => mocked.filter((name) => !called.has(name)),
  };
}

function lambdaAnswer(resource: ParsedResource, functions: Readonly<Record<string, LambdaFunction>>): TaskAnswer | undefined {
  if (lambdaTarget(resource, {}) === undefined) return undefined;
  return {
    source: 'lambda',
    run: (input, context) => {
      const target = lambdaTarget(resource, input);
      if (target === undefined) return undefined;
      return invokeLambda(functions, target, context, context.requestId(), new Date(context.now()));
    },
  };
}

function mockResponders(options: ExecuteOptions): Map<string, MockResponder> {
  if (options.mockConfig === undefined) return new Map();
  if (options.stateMachineName === undefined || options.testCase === undefined) {
    throw new TypeError("'mockConfig' needs 'stateMachineName' and 'testCase' to pick the test case whose mocks answer the tasks");
  }
  return mockConfigResponders(options.mockConfig, options.stateMachineName, options.testCase);
}

function checkMockNames(definition: unknown, names: readonly string[]): void {
  const known = taskStateNames(definition);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length === 0) return;
  const list = [...known].map((n) => `'${n}'`).join(', ');
  throw new TypeError(
    `Mocks for states that are not Task states of the definition: ${unknown.map((n) => `'${n}'`).join(', ')} (its Task states: ${list === '' ? 'none' : list})`,
  );
}

/**
 * What a nested execution inherits: handlers by resource, Lambda functions, state machines, limits and
 * history, and the MockConfigFile when it has a test case of that name for the child's state machine
 * (Step Functions Local keys mocks by state machine name). Handlers by state name stay with the parent.
 */
function inheritedOptions(options: ExecuteOptions, machineName: string): ExecuteOptions {
  const { taskResources, lambdaFunctions, stateMachines, limits, history, mockConfig, testCase } = options;
  const mocksChild = testCase !== undefined && hasTestCase(mockConfig, machineName, testCase);
  return {
    ...(taskResources === undefined ? {} : { taskResources }),
    ...(lambdaFunctions === undefined ? {} : { lambdaFunctions }),
    ...(stateMachines === undefined ? {} : { stateMachines }),
    ...(limits === undefined ? {} : { limits }),
    ...(history === undefined ? {} : { history }),
    ...(mocksChild ? { mockConfig, testCase } : {}),
  };
}

function hasTestCase(config: unknown, machineName: string, testCase: string): boolean {
  const at = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return at(at(at(at(config, 'StateMachines'), machineName), 'TestCases'), testCase) !== undefined;
}
