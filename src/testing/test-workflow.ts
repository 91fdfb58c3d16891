import type { z } from 'zod';
import { Chain } from '../builder/chain.js';
import type { Flow, FlowOf } from '../builder/index.js';
import { execute } from '../runtime/execute.js';
import type { ExecuteOptions, ExecutionResult, TaskContext } from '../runtime/options.js';
import { taskStateNames } from '../runtime/tasks/task-state-names.js';
import { isMockFailure, mockFailure, mockSequence, type MockFailure } from './mock-responses.js';
import { checkMockResult, InvalidMockError } from './mock-result-schema.js';
import { taskMocks, type TaskMock } from './task-mocks.js';

/** What a test knows about a workflow's types: its input, its output and each Task state's result. */
export interface WorkflowTypes {
  readonly input: unknown;
  readonly output: unknown;
  readonly results: object;
}

/** The types of a statewright workflow (built with `workflow()`). */
export interface TypesOf<X extends Flow> {
  readonly input: X['input'];
  readonly output: X['exits'] | X['out'];
  readonly results: X['results'];
}

/** The types of a plain ASL definition: any Task state name, any value. */
export interface UntypedWorkflow {
  readonly input: unknown;
  readonly output: unknown;
  readonly results: Readonly<Record<string, unknown>>;
}

/** A Task state's name in workflow types `T`. */
export type TaskName<T extends WorkflowTypes> = keyof T['results'] & string;

/** The result type of Task state `N`. */
export type TaskResult<T extends WorkflowTypes, N extends TaskName<T>> = T['results'][N];

/** A mock that computes the result from the task's effective input (after `InputPath` and `Parameters`). */
export type MockHandler<R> = (input: unknown, context: TaskContext) => R | Promise<R>;

/** Options of {@link WorkflowTest.run}: those of `execute`, except the input and the task handlers. */
export type RunOptions = Omit<ExecuteOptions, 'input' | 'tasks'>;

/** An execution of a tested workflow: an `ExecutionResult` whose output is typed. */
export interface WorkflowRun<Out> extends Omit<ExecutionResult, 'output'> {
  /** The output, when `SUCCEEDED`. */
  readonly output?: Out;
}

/**
 * A workflow under test with its task mocks. Each method returns a new test (the mocks so far plus
 * one); mocking a state again replaces its mock. Task states without a mock are answered as `execute`
 * answers them (a MockConfigFile given to `run`, else an error naming the state).
 */
export interface WorkflowTest<T extends WorkflowTypes> {
  /** Task state `state` returns `result` on every call, or what `handler` returns. */
  mock<const N extends TaskName<T>>(state: N, result: TaskResult<T, N> | MockHandler<TaskResult<T, N>>): WorkflowTest<T>;
  /** Task state `state` returns these results (or fails with these {@link MockFailure}s), one per call. */
  mockSequence<const N extends TaskName<T>>(state: N, responses: readonly (TaskResult<T, N> | MockFailure)[]): WorkflowTest<T>;
  /** Task state `state` fails with `error` and `cause` on every call (as `Retry` and `Catch` see it). */
  mockError(state: TaskName<T>, error: string, cause?: string): WorkflowTest<T>;
  /** Runs the workflow on `input` (on the virtual clock unless `options.clock` says otherwise). */
  run(input: T['input'], options?: RunOptions): Promise<WorkflowRun<T['output']>>;
}

/**
 * Tests a workflow: mock its Task states by name (names and result types checked against the
 * workflow; results validated with their `result` schemas), then `run` it.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { testWorkflow } from 'statewright/testing';
 *
 * const wf = workflow('Greet', { input: z.object({ who: z.string() }) })
 *   .task('Lookup', { resource: 'arn:aws:states:::dynamodb:getItem', result: z.object({ title: z.string() }), resultPath: '$.found' })
 *   .succeed('Done');
 * const result = await testWorkflow(wf).mock('Lookup', { title: 'Dr' }).run({ who: 'Ada' });
 * console.log(result.output); // { who: 'Ada', found: { title: 'Dr' } }
 * ```
 */
export function testWorkflow<W extends { readonly '~flow'?: Flow; readonly toAsl: unknown }>(workflow: W): WorkflowTest<TypesOf<FlowOf<W>>>;
/** Tests a plain ASL definition (an object or JSON text): any Task state name, untyped values. */
export function testWorkflow(definition: unknown): WorkflowTest<UntypedWorkflow>;
export function testWorkflow(workflow: unknown): WorkflowTest<UntypedWorkflow> {
  if (!(workflow instanceof Chain)) return new Tester({ definition: workflow, results: new Map(), tasks: taskNamesOf(workflow) }, {});
  const definition = workflow.toAsl();
  return new Tester({ definition, results: workflow.graph.results, tasks: taskStateNames(definition) }, {});
}

interface Target {
  readonly definition: unknown;
  readonly results: ReadonlyMap<string, z.ZodType>;
  /** The Task state names, unless the definition is not JSON (then `execute` reports it). */
  readonly tasks: ReadonlySet<string> | undefined;
}

function taskNamesOf(definition: unknown): ReadonlySet<string> | undefined {
  if (typeof definition !== 'string') return taskStateNames(definition);
  try {
    return taskStateNames(JSON.parse(definition));
  } catch {
    return undefined;
  }
}

class Tester implements WorkflowTest<UntypedWorkflow> {
  constructor(
    private readonly target: Target,
    private readonly mocks: Readonly<Record<string, TaskMock>>,
  ) {
    Object.freeze(this);
  }

  mock(state: string, result: unknown): Tester {
    this.requireTask(state);
    if (typeof result === 'function') return this.with(state, this.checkedHandler(state, result as MockHandler<unknown>));
    this.check(state, result, '');
    return this.with(state, result as TaskMock);
  }

  mockSequence(state: string, responses: readonly unknown[]): Tester {
    this.requireTask(state);
    responses.forEach((response, i) => {
      if (!isMockFailure(response)) this.check(state, response, ` (response ${String(i + 1)})`);
    });
    return this.with(state, mockSequence(responses));
  }

  mockError(state: string, error: string, cause = ''): Tester {
    this.requireTask(state);
    return this.with(state, mockFailure(error, cause));
  }

  async run(input: unknown, options: RunOptions = {}): Promise<WorkflowRun<unknown>> {
    const failures: Error[] = [];
    const tasks = Object.fromEntries(
      Object.entries(taskMocks(this.mocks).tasks).map(([state, handler]) => [
        state,
        async (taskInput: unknown, context: TaskContext) => {
          try {
            return await handler(taskInput, context);
          } catch (e) {
            if (e instanceof InvalidMockError) failures.push(e);
            throw e;
          }
        },
      ]),
    );
    const result = await execute(this.target.definition, { ...options, input, tasks });
    if (failures[0]) throw failures[0];
    return result;
  }

  private with(state: string, mock: TaskMock): Tester {
    return new Tester(this.target, { ...this.mocks, [state]: mock });
  }

  private requireTask(state: string): void {
    const { tasks } = this.target;
    if (tasks === undefined || tasks.has(state)) return;
    const known = [...tasks].map((name) => `'${name}'`).join(', ');
    throw new InvalidMockError(`No Task state named '${state}' to mock (its Task states: ${known === '' ? 'none' : known})`);
  }

  private checkedHandler(state: string, handler: MockHandler<unknown>): MockHandler<unknown> {
    return async (input, context) => {
      const result = await handler(input, context);
      this.check(state, result, ' (returned by its handler)');
      return result;
    };
  }

  private check(state: string, value: unknown, which: string): void {
    const schema = this.target.results.get(state);
    if (schema !== undefined) checkMockResult(state, schema, value, which);
  }
}
