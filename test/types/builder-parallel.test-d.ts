import { describe, expectTypeOf, it } from 'vitest';
import { outputOf } from './flow-of.js';
import { z } from 'zod';
import { parallel, workflow, type TaskResultsOf, type WorkflowOutputOf } from 'statewright';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const start = workflow('W', { input: z.object({ id: z.string(), qty: z.number() }) });

describe('parallel', () => {
  it('gives the tuple of branch outputs, written at resultPath', () => {
    const wf = start.parallel('Both', (b) => [
      b.task('Price', { resource: FN, result: z.number() }),
      b.pass('Label', { result: 'x', resultPath: '$.label' }),
    ], { resultPath: '$.both' });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ id: string; qty: number; both: [number, { id: string; qty: number; label: 'x' }] }>();
    expectTypeOf<TaskResultsOf<typeof wf>['Price']>().toEqualTypeOf<number>();
  });

  it('gives branches the effective input', () => {
    const wf = start.parallel('Both', (b) => [b.pass('A', { outputPath: '$.n' })], { parameters: { 'n.$': '$.qty' } });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<[number]>();
  });

  it('refuses duplicate names across branches and with the workflow', () => {
    // @ts-expect-error: AslTypeError<'State name "A" is already used'>
    start.parallel('Both', (b) => [b.pass('A'), b.pass('A')]);
    // @ts-expect-error: AslTypeError<'State name "Both" is already used'>
    start.parallel('Both', (b) => [b.pass('Both')]);
    // @ts-expect-error: no key nope in the branch input
    start.parallel('Both', (b) => [b.pass('A', { outputPath: '$.nope' })]);
  });
});

describe('catch', () => {
  it('sends the error output to the target, typed at resultPath', () => {
    const wf = start
      .task('Charge', { resource: FN, result: z.boolean(), resultPath: '$.charged', catch: [{ errorEquals: ['Card.Declined'], next: 'Declined', resultPath: '$.error' }] })
      .succeed('Done');
    expectTypeOf(outputOf(wf)).toEqualTypeOf<never>();
    const full = wf.goto('Declined');
    // @ts-expect-error: AslTypeError<'Target "Declined" is never defined'> — the catcher's target must exist
    wf.toAsl();
    expectTypeOf(full).not.toBeNever();
  });

  it('refuses States.ALL other than alone in the last catcher', () => {
    // @ts-expect-error: States.ALL must be alone
    start.task('T', { resource: FN, catch: [{ errorEquals: ['States.ALL', 'E'], next: 'X' }] });
    // @ts-expect-error: States.ALL only in the last catcher
    start.task('T', { resource: FN, catch: [{ errorEquals: ['States.ALL'], next: 'X' }, { errorEquals: ['E'], next: 'X' }] });
    start.task('T', { resource: FN, catch: [{ errorEquals: ['E'], next: 'X' }, { errorEquals: ['States.ALL'], next: 'X' }] });
  });
});

describe('parallel()', () => {
  it('makes a fragment that starts with a Parallel state', () => {
    const both = parallel<{ id: string }>()('Both', (b) => [b.pass('Left', { outputPath: '$.id' }), b.pass('Right', { result: 1 })]);
    expectTypeOf(outputOf(both)).toEqualTypeOf<[string, 1]>();
    // @ts-expect-error: no key nope in the branch input
    parallel<{ id: string }>()('Both', (b) => [b.pass('Left', { outputPath: '$.nope' })]);
  });
});

describe('end()', () => {
  it('adds what flows out to the workflow output; nothing flows on', () => {
    const wf = start.pass('P', { result: 1 }).end();
    expectTypeOf(outputOf(wf)).toEqualTypeOf<never>();
    expectTypeOf<WorkflowOutputOf<typeof wf>>().toEqualTypeOf<1>();
    // @ts-expect-error: AslTypeError: nothing flows into Q and no target names it
    wf.pass('Q');
  });
});
