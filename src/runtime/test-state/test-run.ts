import type { State } from '../../asl/index.js';
import { Callbacks } from '../callbacks.js';
import { CancelScope } from '../cancel-scope.js';
import { DEFAULT_START_TIME, virtualClock } from '../clock.js';
import type { ContextObject } from '../context-object.js';
import { DEFAULT_LIMITS } from '../execute.js';
import { History } from '../history.js';
import { randomUuid, seededRandom } from '../random.js';
import type { ExecutionContext } from '../run-context.js';
import { schedulerFor } from '../scheduler.js';
import type { StateRun } from '../state-handler.js';
import { DEFAULT_REGION } from '../task-invoke.js';
import { VariableScope } from '../variables.js';
import type { ResolvedTarget } from './resolve-target.js';
import type { InspectionData } from './types.js';

const ACCOUNT = '123456789012';
const MACHINE_NAME = 'TestStateMachine';

/** What a tested state's data flow fills in as it goes, so a failure still shows the steps before it. */
export type Inspection = { -readonly [K in keyof InspectionData]: InspectionData[K] };

/** One tested state: the run its handlers and data-flow steps read, and what it has inspected so far. */
export interface TestRun {
  readonly run: StateRun<State>;
  readonly inspection: Inspection;
  readonly retryCount: number;
}

/** Kinds that can retry: only their `$$.State` has a `RetryCount`, as in an execution. */
const RETRYING = new Set(['Task', 'Parallel', 'Map']);

/**
 * Builds the run of a tested state: an Express-like execution of its own on a virtual clock, with no
 * history, the given variables, and the context object AWS gives (its parts replaced by `context`'s).
 */
export function testRun(target: ResolvedTarget, input: unknown, variables: Readonly<Record<string, unknown>> | undefined, given: Readonly<Record<string, unknown>> | undefined, retryCount: number): TestRun {
  const scheduler = schedulerFor(virtualClock(DEFAULT_START_TIME));
  const random = seededRandom(0);
  const now = new Date(scheduler.now()).toISOString();
  const executionName = randomUuid(random);
  const defaults: Record<string, unknown> = {
    Execution: {
      Id: `arn:aws:states:${DEFAULT_REGION}:${ACCOUNT}:express:${MACHINE_NAME}:${executionName}`,
      Input: input,
      Name: executionName,
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/TestStateRole`,
      StartTime: now,
    },
    StateMachine: { Id: `arn:aws:states:${DEFAULT_REGION}:${ACCOUNT}:stateMachine:${MACHINE_NAME}`, Name: MACHINE_NAME },
    State: RETRYING.has(target.state.Type) ? { Name: target.name, EnteredTime: now, RetryCount: retryCount } : { Name: target.name, EnteredTime: now },
  };
  // AWS's TestState context has no RedriveCount; the shape is otherwise the executor's.
  const context = mergeContext(defaults, given) as unknown as ContextObject;
  const ex: ExecutionContext = {
    definition: target.machine,
    type: 'EXPRESS',
    scheduler,
    history: new History(() => scheduler.now(), DEFAULT_LIMITS.historyEvents, false),
    random,
    limits: DEFAULT_LIMITS,
    tasks: {},
    taskResources: {},
    services: { resolve: () => undefined, unusedMocks: () => [] },
    callbacks: new Callbacks(),
    contextBase: { Execution: context.Execution, StateMachine: context.StateMachine },
  };
  const scope = new VariableScope();
  if (variables !== undefined) scope.assign(variables);
  const fiber = { scope: new CancelScope(), variables: scope, lastEventId: 0 };
  return { run: { ex, fiber, name: target.name, state: target.state, input, context, depth: 0 }, inspection: {}, retryCount };
}

/** Each part of the given context object over the default's part of the same name. */
function mergeContext(defaults: Record<string, unknown>, given: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const merged = { ...defaults };
  for (const [key, value] of Object.entries(given ?? {})) {
    const base = merged[key];
    merged[key] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
