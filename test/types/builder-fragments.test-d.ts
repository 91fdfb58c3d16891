import { describe, expectTypeOf, it } from 'vitest';
import { outputOf, inputOf } from './flow-of.js';
import { z } from 'zod';
import { choice, fail, fragment, pass, succeed, task, wait, workflow } from 'statewright';

interface Job {
  jobName: string;
  wait_time: number;
}
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';

describe('fragment() and .next()', () => {
  it('types a fragment from its explicit input; joined, the chain continues with its output', () => {
    const poll = fragment<Job>().task('Poll', { resource: FN, result: z.boolean(), resultPath: '$.done' });
    expectTypeOf(inputOf(poll)).toEqualTypeOf<Job>();
    // The fragment was checked against Job, so what flows on is its output for a Job.
    const wf = workflow<Job & { extra: 1 }>('W').next(poll).pass('After');
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ jobName: string; wait_time: number; done: boolean }>();
    expectTypeOf(inputOf(wf)).toEqualTypeOf<Job & { extra: 1 }>();
    const fromSchema = fragment(z.object({ a: z.string() })).pass('A');
    expectTypeOf(inputOf(fromSchema)).toEqualTypeOf<{ a: string }>();
  });

  it('refuses a fragment whose input does not accept what flows in, or whose names are used', () => {
    const needsFlag = fragment<{ flag: boolean }>().pass('Flag');
    // @ts-expect-error: AslTypeError<"The fragment's input type does not accept the output of the state before it">
    workflow<Job>('W').next(needsFlag);
    const dup = fragment<Job>().pass('Start');
    // @ts-expect-error: AslTypeError<'State name "Start" is already used'>
    workflow<Job>('W').pass('Start').next(dup);
    // @ts-expect-error: AslTypeError<'Nothing flows into this fragment: the chain before it has ended'>
    workflow<Job>('W').succeed('End').next(dup);
  });

  it('resolves targets that the other side defines', () => {
    const back = fragment<Job>().goto('Start');
    const wf = workflow<Job>('W').pass('Start').next(back);
    expectTypeOf(wf.toAsl().StartAt).toEqualTypeOf<string>();
    const open = workflow<Job>('W').pass('Start').next(fragment<Job>().goto('Elsewhere'));
    // @ts-expect-error: AslTypeError<'Target "Elsewhere" is never defined'>
    open.toAsl();
  });
});

describe('free functions', () => {
  it('make one-state fragments with an explicit input type', () => {
    const submit = task<Job>()('Submit', { resource: FN, result: z.string(), resultPath: '$.guid' });
    expectTypeOf(outputOf(submit)).toEqualTypeOf<{ jobName: string; wait_time: number; guid: string }>();
    const pause = wait<Job>()('Pause', { secondsPath: '$.wait_time' });
    expectTypeOf(outputOf(pause)).toEqualTypeOf<Job>();
    const label = pass(z.object({ id: z.string() }))('Label', { result: 'x', resultPath: '$.label' });
    expectTypeOf(outputOf(label)).toEqualTypeOf<{ id: string; label: 'x' }>();
    const route = choice<Job>()('Route', (c) => c.when(c.stringEquals('$.jobName', 'a'), (b) => b.pass('A')).otherwise());
    expectTypeOf(outputOf(route)).toEqualTypeOf<{ wait_time: number; jobName: 'a' } | Job>();
    const done = succeed<Job>()('Done');
    expectTypeOf(outputOf(done)).toEqualTypeOf<never>();
    const failed = fail<Job>()('Failed', { causePath: '$.jobName' });
    expectTypeOf(outputOf(failed)).toEqualTypeOf<never>();
    // @ts-expect-error: secondsPath must point at a number
    wait<Job>()('Pause', { secondsPath: '$.jobName' });
    // @ts-expect-error: no key nope in Job
    task<Job>()('Submit', { resource: FN, inputPath: '$.nope' });
    // @ts-expect-error: no key nope in Job
    pass<Job>()('P', { outputPath: '$.nope' });
    // @ts-expect-error: no key nope in Job
    choice<Job>()('C', (c) => c.when(c.isNull('$.nope', true), 'X'));
    // @ts-expect-error: no key nope in Job
    succeed<Job>()('S', { inputPath: '$.nope' });
    // @ts-expect-error: errorPath must select a string
    fail<Job>()('F', { errorPath: '$.wait_time' });
  });
});
