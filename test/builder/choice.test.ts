import { describe, expect, it } from 'vitest';
import { CHOICE_OPERATORS, workflow } from 'statewright';
import { validated } from './validated.js';

interface Order {
  kind: 'big' | 'small';
  qty: number;
  limit: number;
  note?: string | null;
  paid: boolean;
  at: string;
}

describe('.choice()', () => {
  it('adds rules in order; a branch flows into the state after the choice, as does otherwise()', () => {
    const asl = workflow<Order>('W')
      .choice('Which?', (c) => c
        .when(c.stringEquals('$.kind', 'big'), (b) => b.pass('Big').pass('Bigger'))
        .when(c.numericLessThan('$.qty', 1), (b) => b.fail('Empty', { error: 'NoItems' }))
        .when(c.booleanEquals('$.paid', false), 'Unpaid')
        .otherwise())
      .pass('Join')
      .succeed('Unpaid')
      .toAsl();
    expect(validated(asl)).toEqual({
      StartAt: 'Which?',
      States: {
        'Which?': {
          Type: 'Choice',
          Choices: [
            { Variable: '$.kind', StringEquals: 'big', Next: 'Big' },
            { Variable: '$.qty', NumericLessThan: 1, Next: 'Empty' },
            { Variable: '$.paid', BooleanEquals: false, Next: 'Unpaid' },
          ],
          Default: 'Join',
        },
        Big: { Type: 'Pass', Next: 'Bigger' },
        Bigger: { Type: 'Pass', Next: 'Join' },
        Empty: { Type: 'Fail', Error: 'NoItems' },
        Join: { Type: 'Pass', Next: 'Unpaid' },
        Unpaid: { Type: 'Succeed' },
      },
    });
  });

  it('has no Default without otherwise(), and ends open branches when nothing follows', () => {
    const asl = workflow<Order>('W')
      .choice('Which?', (c) => c.when(c.stringEquals('$.kind', 'big'), (b) => b.pass('Big')), { comment: 'route' })
      .toAsl();
    expect(validated(asl).States).toEqual({
      'Which?': { Type: 'Choice', Comment: 'route', Choices: [{ Variable: '$.kind', StringEquals: 'big', Next: 'Big' }] },
      Big: { Type: 'Pass', End: true },
    });
  });

  it('sends a rule whose branch adds no state to the state after the choice', () => {
    const asl = workflow<Order>('W')
      .choice('Which?', (c) => c.when(c.isPresent('$.note', true), (b) => b).otherwise('Other'))
      .succeed('Next')
      .succeed('Other')
      .toAsl();
    expect(validated(asl).States['Which?']).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.note', IsPresent: true, Next: 'Next' }],
      Default: 'Other',
    });
  });

  it('throws when such a rule has no state to go to', () => {
    const wf = workflow<Order>('W').choice('C', (c) => c.when(c.isNull('$.note', true), (b) => b).when(c.isString('$.note', true), (b) => b.succeed('D')));
    expect(() => (wf as unknown as { toAsl: () => unknown }).toAsl()).toThrow(/rule 0 leads nowhere/);
  });

  it('has a condition builder for every ASL comparison operator', () => {
    const seen: string[] = [];
    workflow<Order>('W').choice('C', (c) => {
      const builders = c as unknown as Record<string, (path: string, value: unknown) => { expression: Record<string, unknown> }>;
      for (const operator of Object.keys(CHOICE_OPERATORS)) {
        const name = operator.charAt(0).toLowerCase() + operator.slice(1);
        const value = CHOICE_OPERATORS[operator] === 'path' ? '$.other' : 1;
        expect(builders[name]?.('$.x', value).expression).toEqual({ Variable: '$.x', [operator]: value });
        seen.push(operator);
      }
      return c.otherwise('C');
    });
    expect(seen).toHaveLength(Object.keys(CHOICE_OPERATORS).length);
  });

  it('combines conditions with and, or and not, and the result validates', () => {
    const asl = workflow<Order>('W')
      .choice('C', (c) => c
        .when(
          c.and(c.stringEquals('$.kind', 'big'), c.or(c.numericGreaterThanPath('$.qty', '$.limit'), c.not(c.isNull('$.note', false)))),
          'Done',
        )
        .when(c.and(c.timestampLessThan('$.at', '2024-01-01T00:00:00Z'), c.stringMatches('$.kind', 'b*')), 'Done')
        .otherwise())
      .succeed('Done')
      .toAsl();
    expect(validated(asl).States.C).toEqual({
      Type: 'Choice',
      Choices: [
        {
          And: [
            { Variable: '$.kind', StringEquals: 'big' },
            { Or: [{ Variable: '$.qty', NumericGreaterThanPath: '$.limit' }, { Not: { Variable: '$.note', IsNull: false } }] },
          ],
          Next: 'Done',
        },
        { And: [{ Variable: '$.at', TimestampLessThan: '2024-01-01T00:00:00Z' }, { Variable: '$.kind', StringMatches: 'b*' }], Next: 'Done' },
      ],
      Default: 'Done',
    });
  });
});
