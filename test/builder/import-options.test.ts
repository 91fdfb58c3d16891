import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:F';
const Input = z.object({ order: z.object({ qty: z.number() }), meta: z.object({ timeout: z.number(), role: z.string() }) });

describe('the options statewright import needs', () => {
  it("writes the machine's Version after TimeoutSeconds", () => {
    const wf = workflow('V', { input: Input, comment: 'c', timeoutSeconds: 5, version: '1.0' }).succeed('Done');
    expect(Object.keys(wf.toAsl())).toEqual(['Comment', 'StartAt', 'TimeoutSeconds', 'Version', 'States']);
    expect(wf.toAsl().Version).toBe('1.0');
  });

  it('writes a Choice state with InputPath, OutputPath and a Comment on each rule, in the documented key order', () => {
    const wf = workflow('C', { input: Input }).choice(
      'Many?',
      (c) => c
        .when(c.numericGreaterThan('$.qty', 3), (b) => b.pass('Many'), { comment: 'more than three' })
        .when(c.numericLessThan('$.qty', 1), 'None', { comment: 'none' })
        .otherwise(),
      { comment: 'how many', inputPath: '$.order', outputPath: '$.qty' },
    ).succeed('None');
    expect(wf.toJson()).toBe(JSON.stringify({
      StartAt: 'Many?',
      States: {
        'Many?': {
          Type: 'Choice',
          Comment: 'how many',
          InputPath: '$.order',
          OutputPath: '$.qty',
          Choices: [
            { Variable: '$.qty', NumericGreaterThan: 3, Comment: 'more than three', Next: 'Many' },
            { Variable: '$.qty', NumericLessThan: 1, Comment: 'none', Next: 'None' },
          ],
          Default: 'None',
        },
        Many: { Type: 'Pass', Next: 'None' },
        None: { Type: 'Succeed' },
      },
    }, null, 2));
  });

  it('writes a Map with MaxConcurrencyPath and the tolerated-failure paths after their literal fields', () => {
    const wf = workflow('M', { input: z.object({ items: z.array(z.string()), n: z.number() }) }).map('Each', {
      toleratedFailurePercentagePath: '$.n',
      maxConcurrencyPath: '$.n',
      toleratedFailureCountPath: '$.n',
      itemsPath: '$.items',
      label: 'Each',
      mode: 'DISTRIBUTED',
      executionType: 'STANDARD',
      processor: (item) => item.pass('Touch'),
    });
    const state = wf.toAsl().States.Each as unknown as Record<string, unknown>;
    expect(Object.keys(state)).toEqual(['Type', 'ItemsPath', 'ItemProcessor', 'MaxConcurrencyPath', 'ToleratedFailureCountPath', 'ToleratedFailurePercentagePath', 'Label', 'End']);
    expect([state.MaxConcurrencyPath, state.ToleratedFailureCountPath, state.ToleratedFailurePercentagePath]).toEqual(['$.n', '$.n', '$.n']);
  });

  it('writes a Task with Credentials, TimeoutSecondsPath and HeartbeatSecondsPath in the documented key order', () => {
    const wf = workflow('T', { input: Input }).task('Call', {
      resource: LAMBDA,
      heartbeatSecondsPath: '$.timeout',
      credentials: { RoleArn: 'arn:aws:iam::123456789012:role/R' },
      timeoutSecondsPath: '$.timeout',
      parameters: { 'qty.$': '$.order.qty', 'timeout.$': '$.meta.timeout' },
    });
    const state = wf.toAsl().States.Call as unknown as Record<string, unknown>;
    expect(Object.keys(state)).toEqual(['Type', 'Resource', 'Parameters', 'Credentials', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'End']);
    expect(state.Credentials).toEqual({ RoleArn: 'arn:aws:iam::123456789012:role/R' });
    expect(state.TimeoutSecondsPath).toBe('$.timeout');
  });
});
