import type { HistoryEvent, HistoryEventType } from '../runtime/history-event.js';
import type { ExecutionResult } from '../runtime/options.js';
import { explainExecution, json } from './history/explain.js';
import { stateVisits } from './history/state-visits.js';

/** What a matcher reports back to vitest. */
export interface MatcherOutcome {
  readonly pass: boolean;
  readonly message: () => string;
}

/** The parts of vitest's matcher context the matchers use. */
export interface MatcherContext {
  readonly isNot: boolean;
  equals(a: unknown, b: unknown): boolean;
}

/** The execution matchers, by name, as `expect.extend` takes them. */
export const executionMatchers = {
  toSucceed(this: MatcherContext, received: unknown): MatcherOutcome {
    return check(this, received, (result) => ({
      pass: result.status === 'SUCCEEDED',
      says: 'to succeed',
    }));
  },
  toSucceedWith(this: MatcherContext, received: unknown, output: unknown): MatcherOutcome {
    return check(this, received, (result) => ({
      pass: result.status === 'SUCCEEDED' && this.equals(result.output, output),
      says: `to succeed with output ${json(output)}`,
      got: result.status === 'SUCCEEDED' ? `output ${json(result.output)}` : undefined,
    }));
  },
  toFailWith(this: MatcherContext, received: unknown, error: string, cause?: unknown): MatcherOutcome {
    return check(this, received, (result) => ({
      pass: result.status !== 'SUCCEEDED' && result.error === error && (cause === undefined || this.equals(result.cause, cause)),
      says: `to fail with ${error}${cause === undefined ? '' : ` and cause ${json(cause)}`}`,
    }));
  },
  toHaveVisited(this: MatcherContext, received: unknown, names: readonly string[]): MatcherOutcome {
    return check(this, received, (result) => ({
      pass: this.equals(stateVisits(result.events).map((v) => v.name), names),
      says: `to have visited exactly ${names.join(' → ')}`,
    }));
  },
  toHaveVisitedState(this: MatcherContext, received: unknown, name: string, times?: number): MatcherOutcome {
    return check(this, received, (result) => {
      const count = stateVisits(result.events).filter((v) => v.name === name).length;
      return {
        pass: times === undefined ? count > 0 : count === times,
        says: `to have entered '${name}' ${times === undefined ? 'at least once' : `${String(times)} time(s)`}`,
        got: `${String(count)} time(s)`,
      };
    });
  },
  toHaveCalledTask(this: MatcherContext, received: unknown, name: string, ...input: [] | [input: unknown]): MatcherOutcome {
    return check(this, received, (result) => {
      const calls = stateVisits(result.events).filter((v) => v.name === name).flatMap((v) => v.taskInputs);
      return {
        pass: input.length === 0 ? calls.length > 0 : calls.some((call) => this.equals(call, input[0])),
        says: `to have called the task of '${name}'${input.length === 0 ? '' : ` with ${json(input[0])}`}`,
        got: calls.length === 0 ? 'no call' : `calls with ${calls.map(json).join(', ')}`,
      };
    });
  },
  toHaveCalledTaskTimes(this: MatcherContext, received: unknown, name: string, times: number): MatcherOutcome {
    return check(this, received, (result) => {
      const count = stateVisits(result.events).filter((v) => v.name === name).flatMap((v) => v.taskInputs).length;
      return { pass: count === times, says: `to have called the task of '${name}' ${String(times)} time(s)`, got: `${String(count)} call(s)` };
    });
  },
  toHaveHistoryEvent(this: MatcherContext, received: unknown, type: HistoryEventType, details?: Partial<HistoryEvent>): MatcherOutcome {
    return check(this, received, (result) => {
      const ofType = result.events.filter((event) => event.type === type);
      const matches = (event: HistoryEvent): boolean =>
        details === undefined || Object.entries(details).every(([key, value]) => this.equals((event as unknown as Record<string, unknown>)[key], value));
      return {
        pass: ofType.some(matches),
        says: `to have a ${type} event${details === undefined ? '' : ` with ${json(details)}`}`,
        got: `${String(ofType.length)} ${type} event(s)`,
      };
    });
  },
};

/** The execution matchers' signatures, added to vitest's `expect(…)` by `import 'statewright/testing/vitest'`. */
export interface ExecutionMatchers<R = unknown> {
  /** The execution ended `SUCCEEDED`. */
  toSucceed(): R;
  /** The execution ended `SUCCEEDED` with this output (deep equality; asymmetric matchers allowed). */
  toSucceedWith(output: unknown): R;
  /** The execution ended with this error (and cause, when given; asymmetric matchers allowed). */
  toFailWith(error: string, cause?: unknown): R;
  /** The execution entered exactly these states, in this order (Parallel and Map states included, as recorded). */
  toHaveVisited(names: readonly string[]): R;
  /** The execution entered this state at least once, or exactly `times` times. */
  toHaveVisitedState(name: string, times?: number): R;
  /** This Task state called its task at least once, or once with this effective input. */
  toHaveCalledTask(name: string, ...input: [] | [input: unknown]): R;
  /** This Task state called its task exactly `times` times (the first attempt and each retry count). */
  toHaveCalledTaskTimes(name: string, times: number): R;
  /** The history has an event of this type whose given fields equal `details`. */
  toHaveHistoryEvent(type: HistoryEventType, details?: Partial<HistoryEvent>): R;
}

interface Verdict {
  readonly pass: boolean;
  readonly says: string;
  readonly got?: string | undefined;
}

function check(context: MatcherContext, received: unknown, judge: (result: ExecutionResult) => Verdict): MatcherOutcome {
  if (!isExecutionResult(received)) {
    return { pass: false, message: () => `expected an ExecutionResult (what execute() resolves to), got ${describeValue(received)}` };
  }
  const verdict = judge(received);
  return {
    pass: verdict.pass,
    message: () => {
      const got = verdict.got === undefined ? '' : `, but found ${verdict.got}`;
      return `expected the execution ${context.isNot ? 'not ' : ''}${verdict.says}${context.isNot ? '' : got}\n\n${explainExecution(received)}`;
    },
  };
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  if (typeof value !== 'object' || value === null) return false;
  const { status, events, startDate, stopDate } = value as Partial<Record<keyof ExecutionResult, unknown>>;
  return typeof status === 'string' && Array.isArray(events) && startDate instanceof Date && stopDate instanceof Date;
}

function describeValue(value: unknown): string {
  if (value instanceof Promise) return 'a Promise (await the execution first)';
  return value === null ? 'null' : typeof value;
}
