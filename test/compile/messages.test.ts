import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';

const machine = (states: Record<string, unknown>, startAt = Object.keys(states)[0]) => ({ StartAt: startAt, States: states });

describe('one precise message per mistake', () => {
  it('suggests the field a misspelt one meant', () => {
    expect(validate(machine({ A: { Type: 'Pass', Nxt: 'B', End: true }, B: { Type: 'Succeed' } }))).toContainEqual(
      expect.objectContaining({ path: '/States/A', message: "Field 'Nxt' is not supported (did you mean 'Next'?)" }),
    );
  });

  it('says which kind lacks a field when nothing is close', () => {
    expect(validate(machine({ A: { Type: 'Pass', TimeoutSeconds: 5, End: true } }))).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '/States/A', message: "Field 'TimeoutSeconds' is not supported (Pass states do not have it)" },
    ]);
  });

  it('suggests the state a misspelt target meant', () => {
    expect(validate(machine({ Start: { Type: 'Pass', Next: 'finish' }, Finish: { Type: 'Succeed' } }))).toEqual([
      { code: 'MISSING_TRANSITION_TARGET', severity: 'ERROR', path: '/States/Start/Next', message: "Missing 'Next' target: finish (did you mean 'Finish'?)" },
      { code: 'MISSING_TRANSITION_TARGET', severity: 'ERROR', path: '/States/Finish', message: 'State "Finish" is not reachable.' },
    ]);
  });

  it('suggests the state type a misspelt one meant', () => {
    expect(validate(machine({ A: { Type: 'Succed' } }))).toEqual([
      {
        code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '/States/A/Type',
        message: "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] (did you mean 'Succeed'?)",
      },
    ]);
  });

  it('reports a misspelt Choice operator once, not also as a missing operator', () => {
    const diagnostics = validate(machine({
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', StringEqual: 'a', Next: 'D' }], Default: 'D' },
      D: { Type: 'Succeed' },
    }));
    expect(diagnostics).toEqual([
      { code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '/States/C/Choices/0', message: "Field 'StringEqual' is not supported in a Choice rule (did you mean 'StringEquals'?)" },
    ]);
  });

  it('says a field belongs to the other query language', () => {
    expect(validate({ QueryLanguage: 'JSONata', ...machine({ A: { Type: 'Pass', InputPath: '$.a', End: true } }) })).toEqual([
      {
        code: 'SCHEMA_VALIDATION_FAILED', severity: 'ERROR', path: '/States/A',
        message: "The QueryLanguage is set to 'JSONata', but field 'InputPath' is only supported for the 'JSONPath' QueryLanguage",
      },
    ]);
  });
});
