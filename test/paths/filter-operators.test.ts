import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { parsePath } from '../../src/paths/syntax.js';
import { execute } from '../../src/runtime/index.js';
import { StatesRuntime } from '../../src/runtime/errors.js';
import { readPath } from '../../src/paths/evaluate.js';

// AWS's "Paths" page (docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html):
// "Lexical operators, which are non-symbolic, such as subsetof aren't supported" and "Filtering by
// regular expression or by referencing another value in the JSON structure isn't supported".
/** A refused path, the text the error points at, and the message (its `{at}` the offset of that text). */
const cases: readonly [string, string, string][] = [
  ['$.l[?(@.a =~ /x.*/i)]', '=~', "Regular expression filters ('=~') are not supported by Step Functions (offset {at})"],
  ['$.l[?(@.a in [1, 2])]', 'in', "The filter operator 'in' is not supported by Step Functions (offset {at})"],
  ['$.l[?(@.a nin [1, 2])]', 'nin', "The filter operator 'nin' is not supported by Step Functions (offset {at})"],
  ['$.l[?(@.t subsetof [1, 2])]', 'subsetof', "The filter operator 'subsetof' is not supported by Step Functions (offset {at})"],
  ['$.l[?(@.t anyof [1])]', 'anyof', "The filter operator 'anyof' is not supported by Step Functions (offset {at})"],
  ['$.l[?(@.t noneof [1])]', 'noneof', "The filter operator 'noneof' is not supported by Step Functions (offset {at})"],
  ['$.l[?(@.t size 2)]', 'size', "The filter operator 'size' is not supported by Step Functions (offset {at})"],
  ['$.l[?(@.t empty true)]', 'empty', "The filter operator 'empty' is not supported by Step Functions (offset {at})"],
  ["$.l[?(@.s contains 'x')]", 'contains', "The filter operator 'contains' is not supported by Step Functions (offset {at})"],
  ["$.l[?(@.a == 1 && @['t'] size 2)]", 'size', "The filter operator 'size' is not supported by Step Functions (offset {at})"],
  ['$.l[?(@.a == $.b)]', '$.b', "A filter cannot refer to another value of the document ('$.b' at offset {at})"],
  ['$.l[?(@.a == $$.Execution.Name)]', '$$', "A filter cannot refer to another value of the document ('$$.Execution.Name' at offset {at})"],
  ['$.l[?(@.a <= @.b)]', '@.a', "A filter cannot compare two values of the document ('@.a' <= '@.b' at offset {at})"],
];
const refused = cases.map(([path, at, message]) => [path, message.replace('{at}', String(path.indexOf(at)))] as const);

const passMachine = (path: string): unknown => ({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'r.$': path }, End: true } } });

describe('JSONPath filter operators AWS does not support', () => {
  it.each(refused)('%s is refused by the parser', (path, message) => {
    expect(parsePath(path, 'path')).toMatchObject({ ok: false, message });
  });

  it.each(refused)('%s is refused by the validator, naming the field', (path, message) => {
    expect(validate(passMachine(path))).toEqual([
      expect.objectContaining({ code: 'SCHEMA_VALIDATION_FAILED', path: '/States/A/Parameters', message: expect.stringContaining(message) as string }),
    ]);
  });

  it('is refused by execute before the run starts, and by readPath as States.Runtime', async () => {
    await expect(execute(passMachine('$.l[?(@.a =~ /x/)]'), { input: { l: [{ a: 'x' }] } })).rejects.toThrow("Regular expression filters ('=~')");
    expect(() => readPath('$.l[?(@.a in [1])]', { input: { l: [{ a: 1 }] }, context: {} })).toThrow(StatesRuntime);
  });

  it('keeps words inside names and strings, and the operators AWS supports', async () => {
    const accepted = [
      "$.l[?(@.in == 'size')]",
      "$.l[?(@['empty'] == 'a in b')]",
      '$.l[?(@.contains)]',
      '$.l[?(@.a != 1 && !(@.b < 2) || @.c >= 3)]',
      '$.l[?(@.a === 1)]',
      "$.l[?(@.price > 10 && @.name == 'x=~y')]",
    ];
    for (const path of accepted) expect(parsePath(path, 'path')).toMatchObject({ ok: true });
    const result = await execute(passMachine("$.l[?(@.in == 'size')]"), { input: { l: [{ in: 'size' }, { in: 'empty' }] } });
    expect(result.output).toEqual({ r: [{ in: 'size' }] });
  });

  it('reads any filter text to an answer, quotes and all', () => {
    expect(parsePath('$[?(@.a" == "x)]', 'path')).toMatchObject({ ok: true });
    const pieces = fc.constantFrom('@', '$', '.', "'", '"', '\\', '[', ']', '(', ')', ' ', '=', '~', '!', '<', 'in', 'a', '1', '&&');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const result = parsePath(`$[?(${parts.join('')})]`, 'path');
        expect(typeof result.ok).toBe('boolean');
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
