import { describe, expect, it } from 'vitest';
import { hasPlaceholder, matchesPattern, patternOf } from '../../scripts/conformance/placeholders.js';

const matches = (recorded: string, actual: string): boolean => matchesPattern(patternOf(recorded), actual);

describe('patternOf', () => {
  it('keeps a string without placeholders as one literal', () => {
    expect(patternOf('plain text: <not closed')).toEqual({ literals: ['plain text: <not closed'], whole: false });
  });

  it('cuts at <tokens>', () => {
    expect(patternOf('id <uuid:1> in <region>!').literals).toEqual(['id ', ' in ', '!']);
  });

  it('takes a whole arn:<partition>: ARN as one placeholder, up to a space or quote', () => {
    expect(patternOf("execution 'arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>' failed").literals).toEqual([
      "execution '",
      "' failed",
    ]);
  });

  it('cuts at the bare words only where they are whole words', () => {
    expect(patternOf('date').whole).toBe(true);
    expect(patternOf('snf_role_arn').whole).toBe(true);
    expect(patternOf('RandomNumberGenerated').whole).toBe(true);
    expect(patternOf('start-time').whole).toBe(true);
    expect(patternOf('at date, by snf_role_arn').literals).toEqual(['at ', ', by ', '']);
    expect(hasPlaceholder('validate the update')).toBe(false);
    expect(hasPlaceholder('date-like')).toBe(false);
    expect(hasPlaceholder('my_snf_role_arn')).toBe(false);
    expect(hasPlaceholder('Date')).toBe(false);
  });

  it('says whether the string is a single placeholder', () => {
    expect(patternOf('<uuid:1>').whole).toBe(true);
    expect(patternOf('arn:<partition>:states:<region>:1:stateMachine:<ArnPart_0idx>').whole).toBe(true);
    expect(patternOf('<a><b>').whole).toBe(false);
    expect(patternOf('x<a>').whole).toBe(false);
  });
});

describe('matchesPattern', () => {
  it('matches a string without placeholders exactly', () => {
    expect(matches('abc', 'abc')).toBe(true);
    expect(matches('abc', 'abcd')).toBe(false);
    expect(matches('', '')).toBe(true);
  });

  it('lets a whole-string placeholder match any string, also the empty one', () => {
    expect(matches('<ArnPart_0idx>', 'my-state-machine')).toBe(true);
    expect(matches('<ArnPart_0idx>', '')).toBe(true);
    expect(matches('date', '2024-01-01T00:00:00.000Z')).toBe(true);
  });

  it('matches the literal text around and between placeholders, in order', () => {
    const recorded = "The JSONPath '$.x' could not be found in the input '<json-input:1>'";
    expect(matches(recorded, `The JSONPath '$.x' could not be found in the input '{"a":1}'`)).toBe(true);
    expect(matches(recorded, `The JSONPath '$.y' could not be found in the input '{"a":1}'`)).toBe(false);
    expect(matches(recorded, `The JSONPath '$.x' could not be found in the input '{"a":1}' (extra)`)).toBe(false);
  });

  it('lets the text a placeholder stands for contain the literal that follows it', () => {
    // The input itself contains "' and", the text after the placeholder.
    expect(matches("input '<json-input:1>' and more", "input '{\"k\":\"' and\"}' and more")).toBe(true);
  });

  it('matches each numbered token on its own (numbers are not consistent within a case)', () => {
    expect(matches('<uuid:1> <uuid:1>', 'a b')).toBe(true);
  });

  it('matches a whole ARN placeholder against an ARN of any partition, region, account and names', () => {
    const recorded = 'arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>';
    expect(matches(recorded, 'arn:aws:states:us-east-1:123456789012:execution:Case:5f0e')).toBe(true);
  });

  it('needs the literal before the first placeholder at the start and the one after the last at the end', () => {
    expect(matches('Request ID: <request_id>)', 'Request ID: abc)')).toBe(true);
    expect(matches('Request ID: <request_id>)', 'x Request ID: abc)')).toBe(false);
    expect(matches('Request ID: <request_id>)', 'Request ID: abc) x')).toBe(false);
    // The prefix and the suffix may not overlap.
    expect(matches('ab<x>ba', 'aba')).toBe(false);
    expect(matches('ab<x>ba', 'abba')).toBe(true);
  });

  it('treats regular-expression characters in the literal text as text', () => {
    expect(matches('a.*b (<x>) [c]+', 'a.*b (zzz) [c]+')).toBe(true);
    expect(matches('a.*b (<x>) [c]+', 'aXXb (zzz) [c]+')).toBe(false);
  });
});
