import { describe, expect, it } from 'vitest';
import { execute } from '../../src/runtime/index.js';

const s200k = 'x'.repeat(200_000);

describe('payloads over 256 KiB', () => {
  it('fail an execution whose input is over the quota, before any state runs', async () => {
    const result = await execute({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { input: { s: 'x'.repeat(262_145) } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded', cause: 'The execution input exceeds the maximum number of bytes service limit.' });
    expect(result.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'ExecutionFailed']);
  });

  it('fail a state whose output grows over the quota, even under a States.ALL catcher', async () => {
    const result = await execute(
      {
        StartAt: 'Double',
        States: {
          Double: {
            Type: 'Task',
            Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Echo',
            ResultSelector: { 'twice.$': 'States.Array($.s, $.s)' },
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
            End: true,
          },
          Caught: { Type: 'Succeed' },
        },
      },
      { input: { s: s200k }, tasks: { Double: (input) => input } },
    );
    expect(result).toMatchObject({
      status: 'FAILED',
      error: 'States.DataLimitExceeded',
      cause: "The state/task 'Double' returned a result with a size exceeding the maximum number of bytes service limit.",
    });
  });

  it('fail a JSONata state whose output grows over the quota', async () => {
    const result = await execute(
      { QueryLanguage: 'JSONata', StartAt: 'Double', States: { Double: { Type: 'Pass', Output: '{% [$states.input.s, $states.input.s] %}', End: true } } },
      { input: { s: s200k } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});
