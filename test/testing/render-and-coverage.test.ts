import { describe, expect, it } from 'vitest';
import { AslError, execute } from 'statewright/runtime';
import { coverage, formatCoverage, renderExecution } from 'statewright/testing';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Charge';
const definition = {
  StartAt: 'Route',
  States: {
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.amount', NumericGreaterThan: 100, Next: 'Review' },
        { Variable: '$.amount', NumericLessThanEquals: 0, Next: 'Reject' },
      ],
      Default: 'Charge',
    },
    Review: { Type: 'Pass', Result: 'manual', ResultPath: '$.review', Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: LAMBDA,
      Catch: [
        { ErrorEquals: ['Card.Declined'], ResultPath: '$.error', Next: 'Reject' },
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Reject' },
      ],
      ResultPath: '$.charge',
      End: true,
    },
    Reject: { Type: 'Fail', Error: 'Rejected' },
  },
};

describe('renderExecution', () => {
  it('renders the end and one line per state with its input and output, without times or ids', async () => {
    const result = await execute(definition, { input: { amount: 150 }, tasks: { Charge: () => 'ch-1' } });
    expect(renderExecution(result)).toBe(
      [
        'SUCCEEDED {"amount":150,"review":"manual","charge":"ch-1"}',
        'Route (Choice) {"amount":150} → {"amount":150}',
        'Review (Pass) {"amount":150} → {"amount":150,"review":"manual"}',
        'Charge (Task) {"amount":150,"review":"manual"} → {"amount":150,"review":"manual","charge":"ch-1"}',
      ].join('\n'),
    );
  });

  it('renders a failed task attempt with its error', async () => {
    const result = await execute(
      { StartAt: 'Charge', States: { Charge: { Type: 'Task', Resource: LAMBDA, End: true } } },
      { input: { amount: 5 }, tasks: { Charge: () => { throw new AslError('Card.Declined', 'expired'); } } },
    );
    expect(renderExecution(result)).toBe('FAILED Card.Declined: expired\nCharge (Task) {"amount":5} ✗ Card.Declined: expired');
  });
});

describe('coverage', () => {
  it('names the Choice branches, states and catchers no execution exercised', async () => {
    const results = [
      await execute(definition, { input: { amount: 150 }, tasks: { Charge: () => 'ch-1' } }),
      await execute(definition, { input: { amount: 20 }, tasks: { Charge: () => { throw new AslError('Card.Declined', 'no'); } } }),
    ];
    const report = coverage(definition, results);
    expect(report.missed).toEqual([
      { kind: 'choice-rule', state: 'Route', index: 1, next: 'Reject', covered: false },
      { kind: 'catcher', state: 'Charge', index: 1, next: 'Reject', covered: false },
    ]);
    // 4 states, 2 rules, Default and 2 catchers: 9 items, 2 missed.
    expect(report.ratio).toBeCloseTo(7 / 9);
    expect(formatCoverage(report)).toBe('7 of 9 covered (78 %). Never exercised:\n  Route: rule 1 → Reject\n  Charge: Catch 1 → Reject');
  });

  it('credits the catcher that matches the error among catchers with the same target', async () => {
    const result = await execute(definition, { input: { amount: 20 }, tasks: { Charge: () => { throw new AslError('Network', 'down'); } } });
    const catchers = coverage(definition, [result]).items.filter((item) => item.kind === 'catcher');
    expect(catchers.map((item) => item.covered)).toEqual([false, true]);
  });

  it('covers states inside Parallel branches and Map processors', async () => {
    const nested = {
      StartAt: 'Each',
      States: { Each: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }, End: true } },
    };
    expect(coverage(nested, [await execute(nested, { input: [] })]).missed).toEqual([{ kind: 'state', state: 'Inner', covered: false }]);
    expect(coverage(nested, [await execute(nested, { input: [1] })]).missed).toEqual([]);
  });

  it('refuses an invalid definition with its diagnostics', () => {
    expect(() => coverage({ StartAt: 'Nowhere', States: {} }, [])).toThrow(/Invalid state machine definition/);
  });
});
