import { describe, expect, expectTypeOf, it, type Assertion } from 'vitest';
import 'statewright/testing/vitest';
import type { ExecutionMatchers } from 'statewright/testing/vitest';
import type { ExecutionResult } from 'statewright/runtime';

declare const result: ExecutionResult;

describe('execution matcher types', () => {
  it('adds the matchers to expect(…) with their parameter types', () => {
    type On = Assertion<ExecutionResult>;
    expectTypeOf<On['toSucceed']>().parameters.toEqualTypeOf<[]>();
    expectTypeOf<On['toFailWith']>().parameters.toEqualTypeOf<[error: string, cause?: unknown]>();
    expectTypeOf<On['toHaveVisited']>().parameters.toEqualTypeOf<[names: readonly string[]]>();
    expectTypeOf<On['toHaveCalledTask']>().parameters.toEqualTypeOf<[name: string] | [name: string, input: unknown]>();
    expectTypeOf<On['toHaveCalledTaskTimes']>().parameters.toEqualTypeOf<[name: string, times: number]>();
    expectTypeOf<ExecutionMatchers<null>['toHaveVisitedState']>().returns.toEqualTypeOf<null>();
  });

  it('refuses wrong arguments', () => {
    // @ts-expect-error: the path is an array of state names, not one name
    expect(result).toHaveVisited('Load');
    // @ts-expect-error: the error name is a string
    expect(result).toFailWith(42);
    // @ts-expect-error: not a history event type
    expect(result).toHaveHistoryEvent('TaskExploded');
    // @ts-expect-error: times is a number
    expect(result).toHaveVisitedState('Load', 'twice');
    // @ts-expect-error: the count is required
    expect(result).toHaveCalledTaskTimes('Load');
  });
});
