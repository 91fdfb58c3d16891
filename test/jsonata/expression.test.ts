import { describe, expect, it } from 'vitest';
import { isJsonataString, jsonataBody } from '../../src/jsonata/expression.js';

describe('isJsonataString', () => {
  it.each([
    ['{% $states.input %}', true],
    ['{%$states.input%}', true],
    ['{%%}', true],
    ['{% %}', true],
    ['{%}', false],
    ['{%', false],
    [' {% 1 %}', false],
    ['{% 1 %} ', false],
    ['{% 1 %}\n', false],
    ['prefix {% 1 %}', false],
    ['{ % 1 % }', false],
    ['$.a', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isJsonataString(text)).toBe(expected);
  });
});

describe('jsonataBody', () => {
  it.each([
    ['{% $states.input %}', ' $states.input '],
    ['{%%}', ''],
    ['{%{"a": 1}%}', '{"a": 1}'],
    ['{% "%}" %}', ' "%}" '],
  ])('%j → %j', (text, body) => {
    expect(jsonataBody(text)).toBe(body);
  });
});
