import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflow } from 'statewright';

const start = workflow('W', { input: z.object({ ok: z.boolean() }) });

describe('end()', () => {
  it('ends the open ends of a branch so the chain can go on after the choice', () => {
    const wf = start
      .choice('Ok?', (c) => c.when(c.booleanEquals('$.ok', true), (b) => b.pass('Fine', { result: 'fine' }).end()).otherwise())
      .pass('Repair', { result: 'repaired' });
    expect(wf.toAsl().States).toEqual({
      'Ok?': { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Fine' }], Default: 'Repair' },
      Fine: { Type: 'Pass', Result: 'fine', End: true },
      Repair: { Type: 'Pass', Result: 'repaired', End: true },
    });
  });

  it('refuses to end a Choice rule or an empty chain, naming the problem', () => {
    expect(() => start.choice('Ok?', (c) => c.when(c.booleanEquals('$.ok', true), (b) => b.end()).otherwise()).pass('P')).toThrow('Choice "Ok?": a rule or default cannot end the workflow; add a state to its branch');
    expect(() => start.end()).toThrow('Nothing to end: the chain has no state');
  });
});
