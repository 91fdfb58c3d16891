import { describe, expect, it } from 'vitest';
import { stateOfPointer } from '../../src/cli/build/state-of-pointer.js';

describe('stateOfPointer', () => {
  it('names the innermost state a pointer reaches through Branches and ItemProcessor/Iterator', () => {
    expect(stateOfPointer('/States/Submit Job/Resource')).toBe('Submit Job');
    expect(stateOfPointer('/States/Fan/Branches/1/States/Left/Next')).toBe('Left');
    expect(stateOfPointer('/States/Each/ItemProcessor/States/Work/Retry/0')).toBe('Work');
    expect(stateOfPointer('/States/Each/Iterator/States/Old')).toBe('Old');
  });

  it('does not take a payload key named States for a scope, and unescapes ~1', () => {
    expect(stateOfPointer('/States/Call/Parameters/States/x')).toBe('Call');
    expect(stateOfPointer('/States/a~1b/Type')).toBe('a/b');
  });

  it('is undefined for machine-level pointers', () => {
    expect(stateOfPointer('')).toBeUndefined();
    expect(stateOfPointer('/StartAt')).toBeUndefined();
  });
});
