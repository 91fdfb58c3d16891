import type { HistoryEvent } from '../../runtime/history-event.js';

/** One entry into a state, read back from an execution's history. */
export interface StateVisit {
  readonly name: string;
  /** The state's kind, from its event names (`Task`, `Choice`, …). */
  readonly type: string;
  readonly input: unknown;
  /** The state's output; absent when it did not exit (it failed, or the execution stopped in it). */
  readonly output?: unknown;
  readonly exited: boolean;
  /** The inputs of every task call it made, retries included (Task states only). */
  readonly taskInputs: readonly unknown[];
  /** The error of its last failed task attempt, when its last attempt failed. */
  readonly lastError?: { readonly error: string; readonly cause: string };
  /** The variables it assigned on exit. */
  readonly assigned?: Readonly<Record<string, unknown>>;
}

const SCHEDULED_INPUT: readonly ((event: HistoryEvent) => unknown)[] = [
  (e) => e.taskScheduledEventDetails?.parameters,
  (e) => e.lambdaFunctionScheduledEventDetails?.input,
  (e) => e.activityScheduledEventDetails?.input,
];
const FAILED_TYPES = new Set(['TaskFailed', 'TaskTimedOut', 'LambdaFunctionFailed', 'LambdaFunctionTimedOut', 'ActivityFailed', 'ActivityTimedOut', 'ParallelStateFailed', 'MapStateFailed']);
const SUCCEEDED_TYPES = new Set(['TaskSucceeded', 'LambdaFunctionSucceeded', 'ActivitySucceeded', 'ParallelStateSucceeded', 'MapStateSucceeded']);

interface MutableVisit {
  name: string;
  type: string;
  input: unknown;
  output?: unknown;
  exited: boolean;
  taskInputs: unknown[];
  lastError?: { error: string; cause: string };
  assigned?: Readonly<Record<string, unknown>>;
}

/**
 * Every state entered, in the order AWS recorded the entries (Parallel branches and Map iterations
 * interleaved as they ran). Each event belongs to the state whose entry its `previousEventId` chain
 * reaches first, which is how task calls and failures are attributed to their state.
 */
export function stateVisits(events: readonly HistoryEvent[]): StateVisit[] {
  const byId = new Map<number, HistoryEvent>();
  for (const event of events) byId.set(event.id, event);
  const visits = new Map<number, MutableVisit>();
  const owners = new Map<number, MutableVisit | undefined>();
  const ownerOf = (id: number): MutableVisit | undefined => {
    const path: number[] = [];
    let current: number | undefined = id;
    let found: MutableVisit | undefined;
    while (current !== undefined && current > 0) {
      if (owners.has(current)) {
        found = owners.get(current);
        break;
      }
      path.push(current);
      const visit = visits.get(current);
      if (visit !== undefined) {
        found = visit;
        break;
      }
      current = byId.get(current)?.previousEventId;
    }
    for (const step of path) owners.set(step, found);
    return found;
  };
  for (const event of events) {
    const entered = event.stateEnteredEventDetails;
    if (entered !== undefined) {
      visits.set(event.id, { name: entered.name, type: event.type.slice(0, -'StateEntered'.length), input: entered.input, exited: false, taskInputs: [] });
      continue;
    }
    const owner = ownerOf(event.previousEventId);
    if (owner === undefined) continue;
    const exited = event.stateExitedEventDetails;
    if (exited !== undefined) {
      owner.exited = true;
      owner.output = exited.output;
      if (exited.assignedVariables !== undefined) owner.assigned = exited.assignedVariables;
      owners.set(event.id, undefined);
      continue;
    }
    owners.set(event.id, owner);
    for (const read of SCHEDULED_INPUT) {
      const input = read(event);
      if (input !== undefined) owner.taskInputs.push(input);
    }
    if (FAILED_TYPES.has(event.type)) owner.lastError = errorOf(event);
    else if (SUCCEEDED_TYPES.has(event.type)) delete owner.lastError;
  }
  return [...visits.values()];
}

function errorOf(event: HistoryEvent): { error: string; cause: string } {
  const details = event.taskFailedEventDetails ?? event.taskTimedOutEventDetails ?? event.lambdaFunctionFailedEventDetails ?? event.lambdaFunctionTimedOutEventDetails ?? event.activityFailedEventDetails ?? event.activityTimedOutEventDetails;
  return { error: details?.error ?? '', cause: details?.cause ?? '' };
}
