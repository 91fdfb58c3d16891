import { describe, expect, it } from 'vitest';
import { execute, systemClock } from '../../src/runtime/index.js';

describe('ExecutionResult.elapsed', () => {
  it('is the workflow time: two 30 s waits take 60 s of virtual time', async () => {
    const result = await execute({
      StartAt: 'First',
      States: { First: { Type: 'Wait', Seconds: 30, Next: 'Second' }, Second: { Type: 'Wait', Seconds: 30, End: true } },
    });
    expect(result.elapsed).toBe(60_000);
  });

  it('is real time on the system clock', async () => {
    const result = await execute({ StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 1, End: true } } }, { clock: systemClock() });
    expect(result.elapsed).toBeGreaterThanOrEqual(1000);
    expect(result.elapsed).toBe(result.stopDate.getTime() - result.startDate.getTime());
  });
});
