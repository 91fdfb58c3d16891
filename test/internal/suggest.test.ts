import { describe, expect, it } from 'vitest';
import { closestName, didYouMean } from '../../src/internal/suggest.js';

const FIELDS = ['Next', 'End', 'InputPath', 'OutputPath', 'ResultPath', 'Parameters', 'Comment'];

describe('closestName', () => {
  it.each([
    ['Nxt', 'Next'],
    ['next', 'Next'],
    ['InputPth', 'InputPath'],
    ['ResutlPath', 'ResultPath'],
    ['Paramters', 'Parameters'],
  ])('suggests %s → %s', (name, expected) => {
    expect(closestName(name, FIELDS)).toBe(expected);
  });

  it('suggests nothing for a name far from every candidate', () => {
    expect(closestName('Frobnicate', FIELDS)).toBeUndefined();
    expect(closestName('X', FIELDS)).toBeUndefined();
  });

  it('never suggests the name itself', () => {
    expect(closestName('Next', FIELDS)).toBeUndefined();
  });

  it('formats the hint', () => {
    expect(didYouMean('Nxt', FIELDS)).toBe(" (did you mean 'Next'?)");
    expect(didYouMean('Zzzzzz', FIELDS)).toBe('');
  });
});
