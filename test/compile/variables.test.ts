import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';

const machine = (states: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ StartAt: Object.keys(states)[0], States: states, ...extra });
const codes = (definition: unknown) => validate(definition).map((d) => `${d.severity} ${d.code} ${d.path}`);

describe('workflow variables in the validator', () => {
  it('refuses the reserved name states and names that are not identifiers', () => {
    const diagnostics = validate(machine({ A: { Type: 'Pass', Assign: { states: 1, '1st': 2, 'a-b': 3, ok_1: 4 }, End: true } }));
    expect(diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([
      'SCHEMA_VALIDATION_FAILED /States/A/Assign/states',
      'SCHEMA_VALIDATION_FAILED /States/A/Assign/1st',
      'SCHEMA_VALIDATION_FAILED /States/A/Assign/a-b',
    ]);
    expect(diagnostics[0]?.message).toContain("'states' is reserved");
  });

  it('refuses a name longer than 80 characters, also behind a JSONPath .$ key', () => {
    expect(codes(machine({ A: { Type: 'Pass', Assign: { [`${'v'.repeat(81)}.$`]: '$.x' }, End: true } }))).toEqual([
      `ERROR SCHEMA_VALIDATION_FAILED /States/A/Assign/${'v'.repeat(81)}.$`,
    ]);
    expect(codes(machine({ A: { Type: 'Pass', Assign: { [`${'v'.repeat(80)}.$`]: '$.x' }, End: true } }))).toEqual([]);
  });

  it('warns where a JSONPath state reads a variable no Assign sets: template, intrinsic, path field and Choice rule', () => {
    const definition = machine({
      Init: { Type: 'Pass', Assign: { known: 1 }, Next: 'Use' },
      Use: {
        Type: 'Pass',
        InputPath: '$input',
        Parameters: { 'a.$': '$known', 'b.$': "States.Format('{}', $nope)", literal: '$notRead' },
        Next: 'Check',
      },
      Check: { Type: 'Choice', Choices: [{ Variable: '$kown', IsPresent: true, Next: 'Done' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    });
    expect(codes(definition)).toEqual([
      'WARNING UNDEFINED_VARIABLE /States/Use/InputPath',
      'WARNING UNDEFINED_VARIABLE /States/Use/Parameters/b.$',
      'WARNING UNDEFINED_VARIABLE /States/Check/Choices/0/Variable',
    ]);
    expect(validate(definition)[2]?.message).toBe("Variable 'kown' is never assigned in this scope or an enclosing one (did you mean 'known'?)");
  });

  it('reads JSONata references, leaving out $states, functions and names bound inside the expression', () => {
    const definition = machine(
      {
        Init: { Type: 'Pass', Assign: { rate: 2 }, Next: 'Use' },
        Use: { Type: 'Pass', Output: { total: '{% ($t := $sum($states.input) * $rate; $map([$t], function($v) { $v + $missing })) %}' }, End: true },
      },
      { QueryLanguage: 'JSONata' },
    );
    expect(codes(definition)).toEqual(['WARNING UNDEFINED_VARIABLE /States/Use/Output/total']);
    expect(validate(definition)[0]?.message).toContain("'missing'");
  });

  it('lets a Parallel branch read outer variables, but not the state after it read the branch variables', () => {
    const definition = machine({
      Init: { Type: 'Pass', Assign: { outer: 1 }, Next: 'Fan' },
      Fan: {
        Type: 'Parallel',
        Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Parameters: { 'o.$': '$outer' }, Assign: { inner: 2 }, End: true } } }],
        Next: 'After',
      },
      After: { Type: 'Pass', Parameters: { 'i.$': '$inner' }, End: true },
    });
    expect(codes(definition)).toEqual(['WARNING UNDEFINED_VARIABLE /States/After/Parameters/i.$']);
  });

  it('warns where a Map processor assigns a name of the enclosing scope', () => {
    const definition = machine({
      Init: { Type: 'Pass', Assign: { total: 0 }, Next: 'Each' },
      Each: { Type: 'Map', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', Assign: { 'total.$': '$' }, End: true } } }, End: true },
    });
    expect(codes(definition)).toEqual(['WARNING OUTER_VARIABLE_ASSIGNED /States/Each/ItemProcessor/States/P/Assign/total.$']);
  });

  it('counts Choice rule and catcher Assign names as assignments', () => {
    const definition = machine({
      Check: { Type: 'Choice', Choices: [{ Variable: '$.n', IsPresent: true, Assign: { seen: true }, Next: 'Call' }], Default: 'Call' },
      Call: {
        Type: 'Task',
        Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Work',
        Catch: [{ ErrorEquals: ['States.ALL'], Assign: { 'failure.$': '$.Error' }, Next: 'Done' }],
        Next: 'Done',
      },
      Done: { Type: 'Pass', Parameters: { 's.$': '$seen', 'f.$': '$failure' }, End: true },
    });
    expect(codes(definition)).toEqual([]);
  });
});
