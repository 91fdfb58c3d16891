import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { AslError, execute } from 'statewright/runtime';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const definition = {
  StartAt: 'Load',
  States: {
    Load: { Type: 'Task', Resource: LAMBDA, Parameters: { 'id.$': '$.id' }, Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Broken' },
    Done: { Type: 'Succeed' },
    Broken: { Type: 'Fail', Error: 'Broken', Cause: 'not ok' },
  },
};
const run = (ok: boolean) => execute(definition, { input: { id: 7 }, tasks: { Load: () => ({ ok }) } });

describe('execution matchers (statewright/testing/vitest)', () => {
  it('toSucceed, toSucceedWith and toFailWith judge the status, output, error and cause', async () => {
    const good = await run(true);
    const bad = await run(false);
    expect(good).toSucceed();
    expect(good).toSucceedWith({ ok: true });
    expect(good).toSucceedWith({ ok: expect.any(Boolean) as unknown });
    expect(bad).not.toSucceed();
    expect(bad).toFailWith('Broken');
    expect(bad).toFailWith('Broken', 'not ok');
    expect(bad).not.toFailWith('Broken', 'other');
  });

  it('toHaveVisited, toHaveVisitedState, toHaveCalledTask and toHaveCalledTaskTimes read the path from the history', async () => {
    const bad = await run(false);
    expect(bad).toHaveVisited(['Load', 'Check', 'Broken']);
    expect(bad).not.toHaveVisited(['Load', 'Check']);
    expect(bad).toHaveVisitedState('Check');
    expect(bad).toHaveVisitedState('Check', 1);
    expect(bad).not.toHaveVisitedState('Done');
    expect(bad).toHaveCalledTask('Load');
    expect(bad).toHaveCalledTask('Load', { id: 7 });
    expect(bad).not.toHaveCalledTask('Load', { id: 8 });
    expect(bad).toHaveCalledTaskTimes('Load', 1);
    expect(bad).not.toHaveCalledTaskTimes('Load', 2);
    expect(bad).toHaveCalledTaskTimes('Broken', 0);
  });

  it('toHaveHistoryEvent finds an event by type and by the fields given', async () => {
    const bad = await run(false);
    expect(bad).toHaveHistoryEvent('LambdaFunctionScheduled');
    expect(bad).toHaveHistoryEvent('ExecutionFailed', { executionFailedEventDetails: { error: 'Broken', cause: 'not ok' } });
    expect(bad).not.toHaveHistoryEvent('ExecutionSucceeded');
  });

  it('explains a failed assertion with the path taken and the last state input and output', async () => {
    const bad = await run(false);
    let message = '';
    try {
      expect(bad).toSucceed();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('expected the execution to succeed');
    expect(message).toContain('Execution FAILED (Broken: not ok) after 0 s');
    expect(message).toContain('Path taken: Load → Check → Broken');
    expect(message).toContain('Last state: Broken (Fail)\n  input:  {"ok":false}');
  });

  it('shows the last state output when the path is what differs', async () => {
    const good = await run(true);
    expect(() => {
      expect(good).toHaveVisited(['Load', 'Done']);
    }).toThrow(/to have visited exactly Load → Done[\s\S]*Path taken: Load → Check → Done[\s\S]*Last state: Done \(Succeed\)\n {2}input: {2}\{"ok":true\}\n {2}output: \{"ok":true\}/);
  });

  it('shows a failed task attempt as the last state error', async () => {
    const result = await execute({ StartAt: 'Load', States: { Load: { Type: 'Task', Resource: LAMBDA, End: true } } }, {
      tasks: { Load: () => { throw new AslError('Timeout.Upstream', 'gateway'); } },
    });
    expect(() => {
      expect(result).toSucceed();
    }).toThrow('Last state: Load (Task)\n  input:  {}\n  failed: Timeout.Upstream: gateway');
  });

  it('says what it got when given something that is not an execution result', async () => {
    const pending = run(true);
    expect(() => {
      expect(pending).toSucceed();
    }).toThrow('expected an ExecutionResult (what execute() resolves to), got a Promise (await the execution first)');
    await pending;
  });
});
