import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { choice, fail, fragment, pass, succeed, task, wait, workflow } from 'statewright';
import { validated } from './validated.js';

interface Job {
  jobName: string;
  wait_time: number;
}
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';

describe('fragments', () => {
  it('joins a fragment with .next(): the open ends go to its first state, its open ends stay open', () => {
    const poll = fragment<Job>().wait('Wait', { secondsPath: '$.wait_time' }).pass('After');
    const asl = workflow<Job>('W').pass('Start').next(poll).succeed('Done').toAsl();
    expect(validated(asl)).toEqual({
      StartAt: 'Start',
      States: {
        Start: { Type: 'Pass', Next: 'Wait' },
        Wait: { Type: 'Wait', SecondsPath: '$.wait_time', Next: 'After' },
        After: { Type: 'Pass', Next: 'Done' },
        Done: { Type: 'Succeed' },
      },
    });
  });

  it('starts a workflow with a fragment, and a fragment is a valid machine on its own', () => {
    const first = fragment(z.object({ jobName: z.string() })).pass('First');
    expect(validated(first.toAsl())).toEqual({ StartAt: 'First', States: { First: { Type: 'Pass', End: true } } });
    expect(first.name).toBeUndefined();
    expect(validated(workflow<{ jobName: string }>('W').next(first).toAsl()).StartAt).toBe('First');
  });

  it('resolves targets across the join', () => {
    const tail = fragment<Job>().choice('Again?', (c) => c.when(c.numericGreaterThan('$.wait_time', 10), 'Start').otherwise()).succeed('End');
    const asl = workflow<Job>('W').pass('Start').next(tail).toAsl();
    expect(validated(asl).States['Again?']).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.wait_time', NumericGreaterThan: 10, Next: 'Start' }],
      Default: 'End',
    });
  });

  it('refuses a fragment whose names the chain already uses, and an empty one', () => {
    const dup = fragment<Job>().pass('Start') as unknown;
    const wf = workflow<Job>('W').pass('Start') as unknown as { next: (f: unknown) => unknown };
    expect(() => wf.next(dup)).toThrow('State name "Start" is already used');
    expect(() => wf.next(fragment<Job>())).toThrow('Cannot continue with an empty fragment');
  });

  it('makes one-state fragments with the free functions', () => {
    const submit = task<Job>()('Submit', { resource: FN, resultPath: '$.guid', result: z.string() });
    const pause = wait(z.object({ wait_time: z.number() }))('Pause', { secondsPath: '$.wait_time' });
    const label = pass<Job>()('Label', { result: 'x', resultPath: '$.label' });
    const route = choice<Job>()('Route', (c) => c.when(c.stringEquals('$.jobName', 'a'), (b) => b.succeed('Ok')).otherwise());
    const done = succeed<Job>()('Done');
    const failed = fail<Job>()('Failed', { error: 'E' });
    expect(validated(submit.toAsl()).States).toEqual({ Submit: { Type: 'Task', Resource: FN, ResultPath: '$.guid', End: true } });
    expect(validated(pause.toAsl()).States).toEqual({ Pause: { Type: 'Wait', SecondsPath: '$.wait_time', End: true } });
    expect(validated(label.toAsl()).States).toEqual({ Label: { Type: 'Pass', Result: 'x', ResultPath: '$.label', End: true } });
    expect(validated(done.toAsl()).States).toEqual({ Done: { Type: 'Succeed' } });
    expect(validated(failed.toAsl()).States).toEqual({ Failed: { Type: 'Fail', Error: 'E' } });
    const asl = workflow<Job>('W').next(submit).next(label).next(route).next(failed).toAsl();
    expect(validated(asl).States).toEqual({
      Submit: { Type: 'Task', Resource: FN, ResultPath: '$.guid', Next: 'Label' },
      Label: { Type: 'Pass', Result: 'x', ResultPath: '$.label', Next: 'Route' },
      Route: { Type: 'Choice', Choices: [{ Variable: '$.jobName', StringEquals: 'a', Next: 'Ok' }], Default: 'Failed' },
      Ok: { Type: 'Succeed' },
      Failed: { Type: 'Fail', Error: 'E' },
    });
  });
});
