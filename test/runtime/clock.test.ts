import { afterEach, describe, expect, it, vi } from 'vitest';
import { execute, systemClock } from '../../src/runtime/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const DAY = 24 * 3600;

afterEach(() => {
  vi.useRealTimers();
});

describe('the system clock', () => {
  it('really waits', async () => {
    const started = Date.now();
    const result = await execute({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 1, End: true } } }, { clock: systemClock() });
    expect(result.status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('waits past setTimeout’s 24.8-day limit instead of firing at once', async () => {
    vi.useFakeTimers();
    let done = false;
    const pending = execute({ StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 30 * DAY, End: true } } }, { clock: systemClock() }).then((result) => {
      done = true;
      return result;
    });
    await vi.advanceTimersByTimeAsync(29 * DAY * 1000);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(DAY * 1000 + 1);
    expect((await pending).status).toBe('SUCCEEDED');
  });
});

describe('heartbeats', () => {
  it('times out a handler still working after HeartbeatSeconds with States.HeartbeatTimeout', async () => {
    const result = await execute(
      { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: LAMBDA, HeartbeatSeconds: 10, TimeoutSeconds: 60, End: true } } },
      { tasks: { Work: () => new Promise(() => undefined) } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect((result.stopDate.getTime() - result.startDate.getTime()) / 1000).toBe(10);
  });
});
