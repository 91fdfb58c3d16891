import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { intrinsic, validate, workflow } from 'statewright';
import { testWorkflow } from 'statewright/testing';
import { parseIntrinsic } from '../../src/intrinsics/parse.js';

describe('intrinsic constructors', () => {
  it('write the calls as AWS reads them, quoting and escaping literal strings', () => {
    expect(intrinsic.format('Hello, {}!', '$.name')).toBe("States.Format('Hello, {}!', $.name)");
    expect(intrinsic.format("it's {}", 5)).toBe("States.Format('it\\'s {}', 5)");
    expect(intrinsic.array('$.a', "o'k", '{x}', 'back\\slash', 1, true, null)).toBe("States.Array($.a, 'o\\'k', '\\{x\\}', 'back\\\\slash', 1, true, null)");
    expect(intrinsic.stringToJson(intrinsic.jsonToString('$$.Execution.Input'))).toBe('States.StringToJson(States.JsonToString($$.Execution.Input))');
    expect(intrinsic.jsonMerge('$.a', '$.b', false)).toBe('States.JsonMerge($.a, $.b, false)');
    expect(intrinsic.mathRandom(1, 10, 7)).toBe('States.MathRandom(1, 10, 7)');
    expect(intrinsic.uuid()).toBe('States.UUID()');
  });

  it('write calls the intrinsic parser accepts', () => {
    const calls = [
      intrinsic.format("it's {} {}", '$.a', 'x'),
      intrinsic.array("o'k", '{x}', 'back\\slash'),
      intrinsic.hash('$.a', 'SHA-256'),
      intrinsic.arrayRange(1, 9, 2),
      intrinsic.stringSplit('a,b', ','),
      intrinsic.base64Decode(intrinsic.base64Encode('hi')),
    ];
    for (const call of calls) expect(parseIntrinsic(call), call).toMatchObject({ ok: true });
  });

  it('evaluate on the executor to what the functions give', async () => {
    const wf = workflow<{ name: string; items: number[]; n: number }>('W').pass('Shape', {
      parameters: {
        'greeting.$': intrinsic.format("{}'s {} items", '$.name', intrinsic.arrayLength('$.items')),
        'sum.$': intrinsic.mathAdd('$.n', -2),
        'second.$': intrinsic.arrayGetItem('$.items', 1),
        'chunks.$': intrinsic.arrayPartition('$.items', 2),
        'has.$': intrinsic.arrayContains('$.items', 3),
        'range.$': intrinsic.arrayRange(1, 9, 4),
        'parts.$': intrinsic.stringSplit('a-b', '-'),
        'list.$': intrinsic.array('$.name', "o'k", 1),
        'round.$': intrinsic.base64Decode(intrinsic.base64Encode('{hi}')),
        'digest.$': intrinsic.hash('abc', 'MD5'),
      },
    });
    expect(validate(wf.toAsl())).toEqual([]);
    const result = await testWorkflow(wf).run({ name: 'Ada', items: [1, 2, 3], n: 5 });
    expect(result).toSucceedWith({
      greeting: "Ada's 3 items",
      sum: 3,
      second: 2,
      chunks: [[1, 2], [3]],
      has: true,
      range: [1, 5, 9],
      parts: ['a', 'b'],
      list: ['Ada', "o'k", 1],
      round: '{hi}',
      digest: '900150983cd24fb0d6963f7d28e17f72',
    });
  });
});
