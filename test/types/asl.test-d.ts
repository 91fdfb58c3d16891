import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { BranchSchema, ChoiceExpressionJsonPath, ChoiceExpressionJsonPathSchema, ItemProcessorSchema } from '../../src/asl/index.js';
import {
  validate,
  type Branch,
  type Diagnostic,
  type DiagnosticCode,
  type ItemProcessor,
  type PassState,
  type State,
  type StateMachine,
  type StateType,
  type TaskState,
} from 'statewright';
import { parseResource, type ParsedResource } from 'statewright/integrations';
import { assertValidDefinition } from 'statewright/testing';

describe('the ASL model types', () => {
  it('infers state kinds from the schemas', () => {
    expectTypeOf<StateType>().toEqualTypeOf<'Task' | 'Wait' | 'Pass' | 'Succeed' | 'Fail' | 'Choice' | 'Parallel' | 'Map'>();
    expectTypeOf<PassState['Type']>().toEqualTypeOf<'Pass'>();
    expectTypeOf<State['Type']>().toEqualTypeOf<StateType>();
    expectTypeOf<TaskState['Resource']>().toEqualTypeOf<string>();
    expectTypeOf<StateMachine['StartAt']>().toEqualTypeOf<string>();
  });

  it('accepts a well-formed machine and refuses a misspelled field', () => {
    const machine = {
      StartAt: 'Done',
      States: { Done: { Type: 'Succeed' } },
    } satisfies StateMachine;
    expectTypeOf(machine.States.Done.Type).toEqualTypeOf<'Succeed'>();

    const typo = {
      StartAt: 'Done',
      // @ts-expect-error: 'Nxt' is not a field of any state kind
      States: { Done: { Type: 'Pass', Nxt: 'Done' } },
    } satisfies StateMachine;
    expectTypeOf(typo.StartAt).toEqualTypeOf<string>();
  });

  it('refuses an unknown state type', () => {
    // @ts-expect-error: 'Sleep' is not a state type
    const state: State = { Type: 'Sleep', End: true };
    expectTypeOf(state).toEqualTypeOf<State>();
  });
});

describe('validate and its diagnostics', () => {
  it('takes any value and returns diagnostics', () => {
    expectTypeOf(validate).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validate).returns.toEqualTypeOf<Diagnostic[]>();
    expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'ERROR' | 'WARNING'>();
    expectTypeOf(assertValidDefinition).returns.toEqualTypeOf<Diagnostic[]>();
  });

  it('only accepts known machine types and codes', () => {
    // @ts-expect-error: 'BATCH' is not a state machine type
    validate({}, { type: 'BATCH' });
    // @ts-expect-error: diagnostic codes are a closed set
    const code: DiagnosticCode = 'UNKNOWN_PROBLEM';
    expectTypeOf(code).toEqualTypeOf<DiagnosticCode>();
  });
});

describe('parseResource', () => {
  it('returns a union narrowed by kind', () => {
    const parsed = parseResource('arn:aws:states:::lambda:invoke');
    expectTypeOf(parsed).toEqualTypeOf<ParsedResource>();
    if (parsed.kind === 'optimized') expectTypeOf(parsed.service).toEqualTypeOf<string>();
  });
});

describe('the recursive containers', () => {
  it('keep the Branch and ItemProcessor interfaces equal to their schemas', () => {
    expectTypeOf<z.infer<typeof BranchSchema>>().toEqualTypeOf<Branch>();
    expectTypeOf<z.infer<typeof ItemProcessorSchema>>().toEqualTypeOf<ItemProcessor>();
    expectTypeOf<Branch['States'][string]>().toEqualTypeOf<State>();
    expectTypeOf<z.infer<typeof ChoiceExpressionJsonPathSchema>>().toEqualTypeOf<ChoiceExpressionJsonPath>();
  });
});
