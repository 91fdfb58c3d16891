import { describe, expect, it } from 'vitest';
import { isExecutorSubset, referencesVariable } from '../../scripts/conformance/subset.js';

const jsonPath = (definition: unknown) => ({ queryLanguage: 'JSONPath' as const, definition });
const machine = (states: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ StartAt: Object.keys(states)[0], States: states, ...extra });
const pass = (fields: Record<string, unknown> = {}) => ({ Type: 'Pass', End: true, ...fields });

describe('isExecutorSubset', () => {
  it('takes a plain JSONPath machine', () => {
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ Parameters: { 'a.$': '$.a', 'c.$': '$$.Execution.Id', 'f.$': "States.Format('{}', $.x)" } }) })))).toBe(true);
  });

  it('leaves out JSONata machines and JSONPath machines with a JSONata state, also nested', () => {
    expect(isExecutorSubset({ queryLanguage: 'JSONata', definition: machine({ P: pass() }) })).toBe(false);
    expect(isExecutorSubset(jsonPath(machine({ P: pass() }, { QueryLanguage: 'JSONata' })))).toBe(false);
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ QueryLanguage: 'JSONata' }) })))).toBe(false);
    const parallel = { Type: 'Parallel', End: true, Branches: [machine({ Inner: pass({ QueryLanguage: 'JSONata' }) })] };
    expect(isExecutorSubset(jsonPath(machine({ Par: parallel })))).toBe(false);
    const map = { Type: 'Map', End: true, ItemProcessor: machine({ Inner: pass({ QueryLanguage: 'JSONata' }) }) };
    expect(isExecutorSubset(jsonPath(machine({ M: map })))).toBe(false);
    const legacyMap = { Type: 'Map', End: true, Iterator: machine({ Inner: pass({ QueryLanguage: 'JSONata' }) }) };
    expect(isExecutorSubset(jsonPath(machine({ M: legacyMap })))).toBe(false);
  });

  it('leaves out machines that assign variables: in a state, a catcher or a Choice rule', () => {
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ Assign: { x: 1 } }) })))).toBe(false);
    const task = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'P', Assign: { e: 1 } }] };
    expect(isExecutorSubset(jsonPath(machine({ T: task, P: pass() })))).toBe(false);
    const choice = { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'P', Assign: { y: 2 } }], Default: 'P' };
    expect(isExecutorSubset(jsonPath(machine({ C: choice, P: pass() })))).toBe(false);
  });

  it('leaves out machines that read variables: in paths, templates, intrinsics and Choice rules', () => {
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ InputPath: '$x' }) })))).toBe(false);
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ Parameters: { 'a.$': '$total.count' } }) })))).toBe(false);
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ Parameters: { deep: [{ 'a.$': "States.Format('{}', $name)" }] } }) })))).toBe(false);
    const choice = { Type: 'Choice', Choices: [{ Not: { Variable: '$v', IsNull: true }, Next: 'P' }], Default: 'P' };
    expect(isExecutorSubset(jsonPath(machine({ C: choice, P: pass() })))).toBe(false);
    const compare = { Type: 'Choice', Choices: [{ Variable: '$.a', NumericEqualsPath: '$limit', Next: 'P' }], Default: 'P' };
    expect(isExecutorSubset(jsonPath(machine({ C: compare, P: pass() })))).toBe(false);
  });

  it('does not mistake literals for variable references', () => {
    // `Result` is a literal, and a template field without `.$` is a literal too.
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ Result: { 'a.$': '$x' } }) })))).toBe(true);
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ Parameters: { somePath: '$x', Assign: 'literal' } }) })))).toBe(true);
    expect(isExecutorSubset(jsonPath(machine({ P: pass({ Comment: 'uses $x later' }) })))).toBe(true);
  });

  it('takes nothing that is not a machine', () => {
    expect(isExecutorSubset(jsonPath('not a machine'))).toBe(false);
  });
});

describe('referencesVariable', () => {
  it.each(['$x', '$x.y', '$_a[0]', "States.Format('{}', $name)", 'States.MathAdd($.a, $b)'])('%s reads a variable', (e) => {
    expect(referencesVariable(e)).toBe(true);
  });

  it.each(['$', '$.a', '$[0]', '$$', '$$.Execution.Id', '$.a[?(@.b == 1)]', "States.Format('cost: $x', $.a)", "States.Format('it\\'s $x', $.a)"])(
    '%s does not',
    (e) => {
      expect(referencesVariable(e)).toBe(false);
    },
  );
});
