import { describe, expect, it } from 'vitest';
import { evaluateIntrinsic, intrinsicArgumentNotFound } from '../../src/intrinsics/evaluate.js';
import { JavaRandom, hashSetOrder, javaHashCode } from '../../src/intrinsics/functions/java-collections.js';
import { jacksonJson, javaNumberText, javaText } from '../../src/intrinsics/functions/java-text.js';
import { StatesRuntime } from '../../src/runtime/errors.js';
import { seededRandom } from '../../src/runtime/random.js';
import { evaluationCause, failure, run, testScope } from './evaluate-helpers.js';

describe('evaluateIntrinsic', () => {
  it('evaluates nested calls inside-out, arguments left to right', () => {
    const reads: string[] = [];
    const scope = testScope({ input: { a: 'x', b: 'y' } });
    const value = evaluateIntrinsic("States.Format('{}-{}-{}', $.a, States.Format('<{}>', $.b), $.a)", {
      ...scope,
      readPath: (path) => {
        reads.push(path);
        return scope.readPath(path);
      },
    });
    expect(value).toBe('x-<y>-x');
    expect(reads).toEqual(['$.a', '$.b', '$.a']);
  });

  it('reads context paths and variables through readPath', () => {
    const scope = testScope({ input: {}, context: { StateMachine: { Name: 'Case-sm-Recorded' } }, variables: { tpl: "It's {}!" } });
    // oracle intrinsic-generic-nested-calls-2
    const last = 'States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, \'-\'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, \'-\')), -1))';
    expect(evaluateIntrinsic(last, scope)).toBe('Recorded');
    expect(evaluateIntrinsic("States.Format($tpl, 'Pikachu')", scope)).toBe("It's Pikachu!");
  });

  it('evaluates the nine-deep example of the AWS guide (whose template has one placeholder too many)', () => {
    const text =
      "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
    expect(run(text, { ImageRecipe: { Arn: 'arn:aws:imagebuilder:us-east-1:111:image-recipe/r/1.2.3' } })).toBe('1.2');
  });

  it('raises States.Runtime naming the whole expression and the failing function', () => {
    // AWS Feature.IntrinsicComposition-003: the inner call succeeded, the outer one rejected its argument.
    const text = 'States.ArrayLength(States.JsonToString($.items))';
    const error = failure(text, { items: [1, 2, 3] });
    expect(error).toBeInstanceOf(StatesRuntime);
    expect(error.error).toBe('States.Runtime');
    expect(error.cause).toBe(`There was an error while evaluating the intrinsic function: ${text}. Invalid arguments in States.ArrayLength`);
  });

  it('names the whole expression, as written, when a path argument selects nothing', () => {
    // Causes recorded on AWS (tiny-asl-machine ArrayPartition-015; floci's AWS-captured causes).
    expect(failure('States.ArrayPartition($.missing, 2)').cause).toBe(
      "The function 'States.ArrayPartition($.missing, 2)' had the following error: The JsonPath argument for the field '$.missing' could not be found in the input '{}'",
    );
    expect(failure("States.Format('{} {}',$.other,  States.Format('{}', $.a.b))", { other: 1 }).cause).toBe(
      "The function 'States.Format('{} {}',$.other,  States.Format('{}', $.a.b))' had the following error: The JsonPath argument for the field '$.a.b' could not be found in the input '{\"other\":1}'",
    );
  });

  it('formats a present null, which is not a miss', () => {
    expect(run("States.Format('{}', $.nul)", { nul: null })).toBe('null');
  });

  it('lets errors other than States.Runtime from readPath through', () => {
    const boom = new Error('boom');
    expect(() => evaluateIntrinsic('States.Array($.a)', { readPath: () => { throw boom; }, random: seededRandom(1) })).toThrow(boom);
  });

  it('fails on text that is not a call', () => {
    const error = failure('States.Array(');
    expect(error.cause).toMatch(/^There was an error while evaluating the intrinsic function: States\.Array\(\. /);
  });

  it('fails on an unknown function at run time', () => {
    expect(failure('States.Nope(1)').cause).toBe(evaluationCause('States.Nope(1)', 'Unknown intrinsic function States.Nope'));
  });

  it('gives the same answer from its parse cache, also past the cache size', () => {
    for (let i = 0; i < 1500; i++) expect(run(`States.MathAdd(${i}, 1)`)).toBe(i + 1);
    expect(run('States.MathAdd(0, 1)')).toBe(1);
  });
});

describe('intrinsicArgumentNotFound', () => {
  it('writes AWS cause with the input as compact JSON', () => {
    const error = intrinsicArgumentNotFound('$.nope', { other: 1 });
    expect(error.error).toBe('States.Runtime');
    expect(error.cause).toBe("The JsonPath argument for the field '$.nope' could not be found in the input '{\"other\":1}'");
  });
});

describe('Java semantics', () => {
  it.each<readonly [number, string]>([
    [1, '1'],
    [-0, '0'],
    [1.1, '1.1'],
    [0.001, '0.001'],
    [1234567.5, '1234567.5'],
    [12345678.5, '1.23456785E7'],
    [0.0001, '1.0E-4'],
    [2 ** 53, '9007199254740992'],
    [1e21, '1.0E21'],
    [1.5e300, '1.5E300'],
  ])('prints %d as %s', (n, text) => expect(javaNumberText(n)).toBe(text));

  it('renders values as Java and Jackson do', () => {
    expect(javaText({ Id: 'arn:x', Name: 'n', L: [null, true, { a: 1.5 }] })).toBe('{Id=arn:x, Name=n, L=[null, true, {a=1.5}]}');
    expect(jacksonJson({ k: ['\u001f', 1e-7] })).toBe('{"k":["\\u001F",1.0E-7]}');
  });

  it('hashes as java.util does', () => {
    expect([javaHashCode(null), javaHashCode(true), javaHashCode(false), javaHashCode('a'), javaHashCode(1)]).toEqual([0, 1231, 1237, 97, 1]);
    expect(javaHashCode([1, 2])).toBe(994);
    expect(javaHashCode({ a: 1 })).toBe(97 ^ 1);
    expect(javaHashCode(1.5)).toBe(1073217536);
    expect(javaHashCode(2 ** 40)).toBe(256);
  });

  it('orders a HashSet by bucket, then by insertion', () => {
    expect(hashSetOrder(['b', 'a', 'q', 'a'])).toEqual(['a', 'q', 'b']); // 'a' and 'q' share bucket 1
  });

  it('reproduces java.util.Random', () => {
    expect(new JavaRandom(42n).nextInt(99)).toBe(62); // AWS MathRandom(1, 100, 42) = 63
    expect(new JavaRandom(1n).nextInt(999)).toBe(105); // AWS MathRandom(1, 1000, 1) = 106
    expect(new JavaRandom(1n).nextInt(7)).toBe(4); // AWS MathRandom(2147483640, 2147483647, 1)
    expect(new JavaRandom(-10n).nextInt(16)).toBe(new JavaRandom(-10n).nextInt(16));
  });
});
