import { describe, expect, it } from 'vitest';
import { execute } from '../../src/runtime/index.js';

const items = Array.from({ length: 100_000 }, (_, i) => ({ i }));
const inlineMap = {
  StartAt: 'Each',
  States: { Each: { Type: 'Map', ItemProcessor: { StartAt: 'Touch', States: { Touch: { Type: 'Pass', End: true } } }, End: true } },
};
// The input is about 1 MB: the payload quota is raised so that the Map starts at all.
const limits = { payloadBytes: 16 * 1024 * 1024 };
const LIMIT_CAUSE = "An error occurred while executing the state 'Each' (entered at the event id #2). The execution reached the maximum number of history events (25000).";

describe('an inline Map over 100,000 items', () => {
  it('stops at the 25,000-event history limit with States.Runtime, the last event ExecutionFailed', async () => {
    const result = await execute(inlineMap, { input: items, limits });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: LIMIT_CAUSE });
    expect(result.events).toHaveLength(25_001);
    expect(result.events.at(-1)?.type).toBe('ExecutionFailed');
  });

  it('stops at the same point with recording off', async () => {
    const result = await execute(inlineMap, { input: items, limits, history: false });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: LIMIT_CAUSE, events: [] });
  });
});

describe('the history limit', () => {
  // Found by the executor fuzz (seed 12): a Retry on States.Runtime retried the limit, and the
  // execution then timed out instead of failing.
  it('ends the execution: a Retry or Catch on States.Runtime does not get the error', async () => {
    const loop = { StartAt: 'Again', States: { Again: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n > 3 %}', Next: 'Again' }] } } };
    const result = await execute(
      {
        QueryLanguage: 'JSONata',
        TimeoutSeconds: 2,
        StartAt: 'Both',
        States: {
          Both: {
            Type: 'Parallel',
            Branches: [loop],
            Retry: [{ ErrorEquals: ['States.Runtime'] }],
            Catch: [{ ErrorEquals: ['States.Runtime'], Next: 'Caught' }],
            End: true,
          },
          Caught: { Type: 'Succeed' },
        },
      },
      { input: { n: 4 }, limits: { historyEvents: 100 } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain('The execution reached the maximum number of history events (100).');
    expect(result.events).toHaveLength(101);
    expect(result.events.at(-1)?.type).toBe('ExecutionFailed');
  });
});
