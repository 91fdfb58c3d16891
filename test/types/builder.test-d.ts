import { describe, expectTypeOf, it } from 'vitest';
import { outputOf, inputOf } from './flow-of.js';
import { z } from 'zod';
import type { EmptyObject } from 'type-fest';
import { workflow, type AslTypeError, type InputOf, type OutputOf } from 'statewright';
import type { CheckName, CheckTarget, Complete, Rebuild } from '../../src/builder/index.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';
const Job = z.object({ jobName: z.string(), wait_time: z.number(), tags: z.array(z.string()), meta: z.object({ owner: z.string() }).optional() });
type Job = z.infer<typeof Job>;
const Status = z.enum(['RUNNING', 'SUCCEEDED', 'FAILED']);
const start = workflow('W', { input: Job });

describe('workflow()', () => {
  it('types the input from the schema or the type parameter', () => {
    expectTypeOf(inputOf(start)).toEqualTypeOf<Job>();
    expectTypeOf(outputOf(start)).toEqualTypeOf<Job>();
    expectTypeOf<InputOf<ReturnType<typeof workflow<{ a: 1 }>>>>().toEqualTypeOf<{ a: 1 }>();
    expectTypeOf<InputOf<ReturnType<typeof workflow>>>().toEqualTypeOf<unknown>();
    expectTypeOf(start.name).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: the input option is a zod schema, not a type
    workflow('W', { input: { jobName: 'x' } });
    // @ts-expect-error: timeoutSeconds is a number
    workflow('W', { timeoutSeconds: '60' });
    // @ts-expect-error: comment is a string
    workflow('W', { comment: 1 });
  });
});

describe('.task()', () => {
  it('writes the result schema type at resultPath, creating keys', () => {
    const wf = start.task('T', { resource: FN, result: Status, resultPath: '$.state.now' });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{
      jobName: string;
      wait_time: number;
      tags: string[];
      meta?: { owner: string } | undefined;
      state: { now: 'RUNNING' | 'SUCCEEDED' | 'FAILED' };
    }>();
  });

  it('replaces the input by default, keeps it for resultPath null, selects with outputPath', () => {
    expectTypeOf<OutputOf<ReturnType<typeof start.task<'T', '$', undefined, typeof Status>>>>().toEqualTypeOf<'RUNNING' | 'SUCCEEDED' | 'FAILED'>();
    const kept = start.task('T', { resource: FN, result: Status, resultPath: null });
    expectTypeOf(outputOf(kept)).toEqualTypeOf<Job>();
    const selected = start.task('T', { resource: FN, result: z.object({ id: z.number() }), resultPath: '$.r', outputPath: '$.r.id' });
    expectTypeOf(outputOf(selected)).toEqualTypeOf<number>();
    const none = start.task('T', { resource: FN, outputPath: null });
    expectTypeOf(outputOf(none)).toEqualTypeOf<EmptyObject>();
    const untyped = start.task('T', { resource: FN });
    expectTypeOf(outputOf(untyped)).toEqualTypeOf<unknown>();
    const custom = start.task('T', { resource: FN, result: z.custom<{ n: 1 }>() });
    expectTypeOf(outputOf(custom)).toEqualTypeOf<{ n: 1 }>();
  });

  it('checks inputPath, resultPath and outputPath against the types', () => {
    // @ts-expect-error: PathError<"No key 'wait_tme' at '$'">
    start.task('T', { resource: FN, inputPath: '$.wait_tme' });
    // @ts-expect-error: PathError<"Key 'x' needs an object, but '$.wait_time' is a number">
    start.pass('P', { inputPath: '$.wait_time.x' });
    // @ts-expect-error: jobName is a string; AWS cannot write a key into it
    start.task('T', { resource: FN, resultPath: '$.jobName.x' });
    // @ts-expect-error: the output after resultPath '$.r' has no key nope
    start.task('T', { resource: FN, result: Status, resultPath: '$.r', outputPath: '$.nope' });
    // @ts-expect-error: the resource is required
    start.task('T', { result: Status });
  });

  it('builds parameters from the effective input, the context object and intrinsics', () => {
    const wf = start.task('T', {
      resource: FN,
      parameters: { 'who.$': '$.meta.owner', 'id.$': '$$.Execution.Id', 'input.$': '$$.Execution.Input', 'n.$': 'States.ArrayLength($.tags)', fixed: [1, 'a'] },
      result: z.object({ Payload: z.object({ ok: z.boolean() }), StatusCode: z.number() }),
      resultSelector: { 'ok.$': '$.Payload.ok' },
      resultPath: '$.res',
    });
    expectTypeOf(outputOf(wf)).branded.toEqualTypeOf<Job & { res: { ok: boolean } }>();
    const effective = start.pass('P', {
      parameters: { 'who.$': '$.meta.owner', 'id.$': '$$.Execution.Id', 'input.$': '$$.Execution.Input', 'n.$': 'States.ArrayLength($.tags)', 'first.$': 'States.ArrayGetItem($.tags, 0)', fixed: [1, 'a'], nested: { 'w.$': '$.wait_time' } },
    });
    expectTypeOf(outputOf(effective)).toEqualTypeOf<{ who: string; id: string; input: Job; n: number; first: string; fixed: [1, 'a']; nested: { w: number } }>();
    // @ts-expect-error: PathError<"No key 'nope' at '$'">: parameters read the effective input ($.meta)
    start.task('T', { resource: FN, inputPath: '$.meta', parameters: { 'who.$': '$.nope' } });
    // @ts-expect-error: the context object has no Execution.Nope
    start.task('T', { resource: FN, parameters: { 'x.$': '$$.Execution.Nope' } });
    // @ts-expect-error: States.Nope is not an intrinsic function
    start.task('T', { resource: FN, parameters: { 'x.$': 'States.Nope($.jobName)' } });
    // @ts-expect-error: resultSelector reads the result, which has no key nope
    start.task('T', { resource: FN, result: Status, resultSelector: { 'x.$': '$.nope' } });
  });

  it('accepts retry and timeouts as given', () => {
    const wf = start.task('T', { resource: FN, retry: [{ errorEquals: ['States.ALL'], maxAttempts: 2 }], timeoutSeconds: 5, heartbeatSeconds: 1 });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<unknown>();
    // @ts-expect-error: errorEquals needs at least one error name
    start.task('T', { resource: FN, retry: [{ errorEquals: [] }] });
    // @ts-expect-error: jitterStrategy is FULL or NONE
    start.task('T', { resource: FN, retry: [{ errorEquals: ['States.ALL'], jitterStrategy: 'SOME' }] });
  });
});

describe('.pass()', () => {
  it('writes its result or its effective input', () => {
    const wf = start.pass('P', { result: { n: 1, list: ['a'] }, resultPath: '$.r' });
    expectTypeOf(outputOf(wf)).branded.toEqualTypeOf<Job & { r: { n: 1; list: ['a'] } }>();
    const moved = start.pass('P', { inputPath: '$.tags', resultPath: '$.copy' });
    expectTypeOf(outputOf(moved)).branded.toEqualTypeOf<Job & { copy: string[] }>();
    const param = start.pass('P', { parameters: { 'name.$': '$.jobName' }, outputPath: '$.name' });
    expectTypeOf(outputOf(param)).toEqualTypeOf<string>();
    const plain = start.pass('P');
    expectTypeOf(outputOf(plain)).toEqualTypeOf<Job>();
    // @ts-expect-error: the result is JSON (a function is not)
    start.pass('P', { result: () => 1 });
    // @ts-expect-error: a tuple has no index 5
    start.pass('P', { result: [1], resultPath: '$.r', outputPath: '$.r[5]' });
  });
});

describe('.wait()', () => {
  it('passes its input on and takes secondsPath to a number, timestampPath to a string', () => {
    const wf = start.wait('W1', { secondsPath: '$.wait_time' }).wait('W2', { timestampPath: '$.jobName' }).wait('W3', { seconds: 1 });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<Job>();
    const selected = start.wait('W', { timestamp: '2016-03-14T01:59:00Z', inputPath: '$.meta', outputPath: '$.owner' });
    expectTypeOf(outputOf(selected)).toEqualTypeOf<string>();
    // @ts-expect-error: jobName is a string, secondsPath needs a number
    start.wait('W', { secondsPath: '$.jobName' });
    // @ts-expect-error: wait_time is a number, timestampPath needs a string
    start.wait('W', { timestampPath: '$.wait_time' });
    // @ts-expect-error: exactly one of seconds, secondsPath, timestamp, timestampPath
    start.wait('W', { seconds: 1, secondsPath: '$.wait_time' });
    // @ts-expect-error: one of them is required
    start.wait('W', {});
  });
});

describe('.succeed() and .fail()', () => {
  it('end the chain: nothing flows on', () => {
    const ok = start.succeed('Done', { inputPath: '$.meta', outputPath: '$.owner' });
    expectTypeOf(outputOf(ok)).toEqualTypeOf<never>();
    const ko = start.fail('Failed', { error: 'E', causePath: '$.jobName' });
    expectTypeOf(outputOf(ko)).toEqualTypeOf<never>();
    const formatted = start.fail('Failed', { errorPath: "States.Format('{}', $.jobName)" });
    expectTypeOf(outputOf(formatted)).toEqualTypeOf<never>();
    // @ts-expect-error: causePath must select a string
    start.fail('Failed', { causePath: '$.wait_time' });
    const fromContext = start.fail('Failed', { errorPath: '$$.State.Name', causePath: '$$.Execution.Input.jobName' });
    expectTypeOf(outputOf(fromContext)).toEqualTypeOf<never>();
    // @ts-expect-error: $$.State.RetryCount is a number, errorPath needs a string
    start.fail('Failed', { errorPath: '$$.State.RetryCount' });
    // @ts-expect-error: the context object has no $$.Execution.Nope
    start.fail('Failed', { causePath: '$$.Execution.Nope' });
    // @ts-expect-error: no key nope
    start.succeed('Done', { outputPath: '$.nope' });
  });
});

describe('names and targets', () => {
  it('refuses a duplicate name, naming it', () => {
    expectTypeOf<CheckName<'A', Rebuild<1, 1, 'A', object, object, never, never>>>().toEqualTypeOf<AslTypeError<'State name "A" is already used'>>();
    // @ts-expect-error: AslTypeError<'State name "P" is already used'>
    start.pass('P').pass('P');
  });

  it('refuses a state that nothing reaches after the chain ended', () => {
    expectTypeOf<CheckName<'B', Rebuild<1, never, 'A', object, object, never, never>>>().toEqualTypeOf<
      AslTypeError<'State "B" is unreachable: nothing flows into it and no target names it'>
    >();
    // @ts-expect-error: nothing flows into B
    start.succeed('A').pass('B');
  });

  it('goes to a defined state whose input accepts what arrives, or to a later one', () => {
    const loop = start.pass('A').pass('B', { result: 1, resultPath: '$.n' }).goto('A');
    expectTypeOf(outputOf(loop)).toEqualTypeOf<never>();
    const ahead = start.goto('Later').pass('Later');
    expectTypeOf(outputOf(ahead)).toEqualTypeOf<Job>();
    type X = Rebuild<{ a: string }, { a: string }, 'A', { readonly A: { a: string } }, object, never, never>;
    expectTypeOf<CheckTarget<'A', X, { b: 1 }>>().toEqualTypeOf<AslTypeError<'The input arriving at "A" is not assignable to the input of "A"'>>();
    // @ts-expect-error: AslTypeError<'The input arriving at "A" is not assignable to the input of "A"'>
    start.pass('A').pass('B', { result: 1 }).goto('A');
  });

  it('refuses toAsl() and toJson() while a target is undefined, naming it', () => {
    const open = start.goto('Nowhere');
    expectTypeOf<Complete<NonNullable<(typeof open)['~flow']>>>().toEqualTypeOf<AslTypeError<'Target "Nowhere" is never defined'>>();
    // @ts-expect-error: AslTypeError<'Target "Nowhere" is never defined'>
    open.toAsl();
    // @ts-expect-error: AslTypeError<'Target "Nowhere" is never defined'>
    open.toJson();
    expectTypeOf(start.succeed('Done').toJson()).toEqualTypeOf<string>();
  });
});
