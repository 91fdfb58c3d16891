import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { condition, workflow } from 'statewright';
import { inputOf, outputOf } from './flow-of.js';
import { variablesOf } from './variables-of.js';

const Guess = z.object({ input_value: z.number(), tier: z.enum(['GOLD', 'BASIC']) });
const jp = workflow('Jp', { input: Guess }).pass('Init', { assign: { seed: 1 } });
const ja = workflow('Ja', { input: Guess, queryLanguage: 'JSONata' }).pass('Init', { assign: { seed: 1 } });

describe('Choice rule assign and output', () => {
  it('JSONPath: a rule assign (reading the effective input) replaces the state assign on its branch', () => {
    const wf = jp.choice('Check', (c) => c
      .when(c.numericEquals('$.input_value', 42), (b) => {
        expectTypeOf(variablesOf(b)).toEqualTypeOf<{ seed: 1; status: 'CORRECT'; guess: number }>();
        return b.pass('Right');
      }, { assign: { status: 'CORRECT', 'guess.$': '$.input_value' } })
      .otherwise(), { assign: { status: 'INCORRECT' } })
      .pass('After');
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ seed: 1; status: 'INCORRECT' | 'CORRECT'; guess: number }>();
  });

  it('JSONPath: a rule going to a target joins its variables to the choice’s', () => {
    const wf = jp.choice('Check', (c) => c.when(c.stringEquals('$.tier', 'GOLD'), 'Final', { assign: { 'tier.$': '$.tier' } }).otherwise()).pass('Final');
    expectTypeOf(variablesOf(wf)).toEqualTypeOf<{ seed: 1; tier: 'GOLD' | 'BASIC' }>();
  });

  it('JSONPath: refuses an assign reading what the input lacks, unknown variables and a JSONata output', () => {
    // @ts-expect-error: the input has no key nope
    jp.choice('Check', (c) => c.when(c.numericEquals('$.input_value', 1), (b) => b.pass('A'), { assign: { 'x.$': '$.nope' } }).otherwise());
    // @ts-expect-error: no state before assigns $missing
    jp.choice('Check', (c) => c.when(c.numericEquals('$.input_value', 1), (b) => b.pass('A'), { assign: { 'x.$': '$missing' } }).otherwise());
    // @ts-expect-error: output is a JSONata field
    jp.choice('Check', (c) => c.when(c.numericEquals('$.input_value', 1), (b) => b.pass('A'), { output: { a: 1 } }).otherwise());
  });

  it('JSONata: a rule output is what its branch receives; its assign replaces the state assign', () => {
    const wf = ja.choice('Check', (c) => c
      .when(condition('{% $states.input.input_value = 42 %}'), (b) => {
        expectTypeOf(inputOf(b)).toEqualTypeOf<{ input_value: number; tier: 'GOLD' | 'BASIC' }>();
        expectTypeOf(outputOf(b)).toEqualTypeOf<{ tier: 'GOLD' | 'BASIC'; label: 'right' }>();
        expectTypeOf(variablesOf(b)).toEqualTypeOf<{ seed: 1; hit: number }>();
        return b.pass('Right');
      }, { output: { tier: '{% $states.input.tier %}', label: 'right' }, assign: { hit: '{% $states.input.input_value %}' } })
      .otherwise(), { output: { label: 'other' } })
      .pass('After');
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ label: 'other' } | { tier: 'GOLD' | 'BASIC'; label: 'right' }>();
  });

  it('JSONata: checks the target input against a rule output; refuses unknown variables and $states.result', () => {
    const target = ja.pass('Prep', { output: { label: 'x' } }).pass('Handle', { output: '{% $states.input.label %}' });
    // @ts-expect-error: Handle reads $states.input.label, which the rule's output lacks
    target.choice('Check', (c) => c.when(condition('{% true %}'), 'Handle', { output: { other: 1 } }).otherwise());
    // @ts-expect-error: no state before assigns $missing
    ja.choice('Check', (c) => c.when(condition('{% true %}'), (b) => b.pass('A'), { assign: { x: '{% $missing %}' } }).otherwise());
    // @ts-expect-error: a Choice has no $states.result
    ja.choice('Check', (c) => c.when(condition('{% true %}'), 'Check', { output: '{% $states.result %}' }).otherwise());
  });

  it('JSONPath conditions read variables assigned before the state ($name), which narrow nothing', () => {
    const vars = jp.pass('Setup', { assign: { guess: 'the_guess', answer: 'the_answer', limit: 10 } });
    const wf = vars.choice('Check', (c) => c
      .when(c.stringEqualsPath('$guess', '$answer'), (b) => {
        expectTypeOf(inputOf(b)).toEqualTypeOf<{ input_value: number; tier: 'GOLD' | 'BASIC' }>();
        return b.pass('Right').end();
      })
      .when(c.and(c.numericLessThanPath('$.input_value', '$limit'), c.isPresent('$guess', true)), 'Final')
      .otherwise())
      .pass('Final');
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ input_value: number; tier: 'GOLD' | 'BASIC' }>();
    // @ts-expect-error: no state before assigns $nope
    vars.choice('Check', (c) => c.when(c.stringEquals('$nope', 'x'), 'Final').otherwise()).pass('Final');
    // @ts-expect-error: $limit is a number, not a string
    vars.choice('Check', (c) => c.when(c.stringEquals('$limit', 'x'), 'Final').otherwise()).pass('Final');
    // @ts-expect-error: the state's own assign is not visible to its conditions
    jp.choice('Check', (c) => c.when(c.stringEquals('$mine', 'x'), 'Final').otherwise(), { assign: { mine: 'x' } }).pass('Final');
  });
});
