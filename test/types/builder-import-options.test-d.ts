import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow, type TaskCredentials } from 'statewright';
import { outputOf } from './flow-of.js';

interface Order {
  order: { kind: 'big' | 'small'; qty: number };
  meta: { timeout: number; label: string };
}

const start = workflow<Order>('W');
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:F';

// The input each branch receives, read back through the branch's own output.
function branchInput<T>(wf: { readonly '~flow'?: { readonly out: T } }): T {
  return wf as never;
}

describe('Choice inputPath and outputPath', () => {
  it('reads the rules in the effective input and sends on what outputPath selects of it, narrowed', () => {
    const wf = start.choice('C', (c) => c.when(c.stringEquals('$.kind', 'big'), (b) => b.pass('Big')), { inputPath: '$.order' });
    expectTypeOf(branchInput(wf)).toEqualTypeOf<{ qty: number; kind: 'big' }>();
    const fallback = start.choice('C', (c) => c.otherwise(), { inputPath: '$.order' });
    expectTypeOf(outputOf(fallback)).toEqualTypeOf<{ kind: 'big' | 'small'; qty: number }>();
    const selected = start.choice('C', (c) => c.when(c.stringEquals('$.kind', 'big'), (b) => b.pass('Big')), { inputPath: '$.order', outputPath: '$.kind' });
    expectTypeOf(branchInput(selected)).toEqualTypeOf<'big'>();
    const whole = start.choice('C', (c) => c.otherwise(), { outputPath: '$.meta' });
    expectTypeOf(outputOf(whole)).toEqualTypeOf<{ timeout: number; label: string }>();
  });

  it('refuses paths that the input or the effective input lacks', () => {
    // @ts-expect-error: the rules read the effective input ($.order), which has no "order" key
    start.choice('C', (c) => c.when(c.stringEquals('$.order.kind', 'big'), 'X').otherwise(), { inputPath: '$.order' });
    // @ts-expect-error: "$.nothing" is not a path of the input
    start.choice('C', (c) => c.otherwise(), { inputPath: '$.nothing' });
    // @ts-expect-error: outputPath selects in the effective input ($.order), which has no "meta" key
    start.choice('C', (c) => c.otherwise(), { inputPath: '$.order', outputPath: '$.meta' });
  });
});

describe('Choice rule comment', () => {
  it('is accepted on both kinds of rule and changes no type', () => {
    const wf = start.choice('C', (c) => c
      .when(c.numericGreaterThan('$.order.qty', 3), (b) => b.pass('Many'), { comment: 'many' })
      .when(c.numericLessThan('$.order.qty', 1), 'Many', { comment: 'none' }));
    expectTypeOf(outputOf(wf)).toEqualTypeOf<Order>();
  });

  it('must be a string', () => {
    // @ts-expect-error: a rule comment is a string
    start.choice('C', (c) => c.when(c.numericGreaterThan('$.order.qty', 3), (b) => b.pass('Many'), { comment: 3 }));
  });
});

describe('Task timeoutSecondsPath, heartbeatSecondsPath and credentials', () => {
  it('take paths to numbers in the effective input, and a role as in ASL', () => {
    const wf = start.task('T', {
      resource: LAMBDA,
      inputPath: '$.meta',
      timeoutSecondsPath: '$.timeout',
      heartbeatSecondsPath: '$.timeout',
      credentials: { 'RoleArn.$': '$.label' },
      result: z.number(),
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<number>();
    const built = start.task('T', { resource: LAMBDA, parameters: { 'limit.$': '$.meta.timeout' }, timeoutSecondsPath: '$.limit' });
    expectTypeOf(outputOf(built)).toEqualTypeOf<unknown>();
    expectTypeOf<TaskCredentials>().toEqualTypeOf<{ readonly RoleArn: string } | { readonly 'RoleArn.$': string }>();
  });

  it('refuse a path to a value that is not a number, and a credentials object of another shape', () => {
    // @ts-expect-error: $.meta.label is a string, not a number of seconds
    start.task('T', { resource: LAMBDA, timeoutSecondsPath: '$.meta.label' });
    // @ts-expect-error: the path is read in the effective input ($.meta), which has no "meta" key
    start.task('T', { resource: LAMBDA, inputPath: '$.meta', heartbeatSecondsPath: '$.meta.timeout' });
    // @ts-expect-error: credentials take RoleArn (or RoleArn.$), as in ASL
    start.task('T', { resource: LAMBDA, credentials: { roleArn: 'arn:aws:iam::123456789012:role/R' } });
  });
});

describe('Map maxConcurrencyPath, toleratedFailureCountPath and toleratedFailurePercentagePath', () => {
  interface Batch {
    items: string[];
    limits: { concurrency: number; failures: number; name: string };
  }
  const batch = workflow<Batch>('B');

  it('take paths to numbers in the effective input', () => {
    const wf = batch.map('Each', {
      itemsPath: '$.items',
      maxConcurrencyPath: '$.limits.concurrency',
      toleratedFailureCountPath: '$.limits.failures',
      toleratedFailurePercentagePath: '$.limits.failures',
      processor: (item) => item.pass('Touch'),
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<string[]>();
  });

  it('refuse a path to a value that is not a number, or outside the effective input', () => {
    // @ts-expect-error: $.limits.name is a string, not a number
    batch.map('Each', { itemsPath: '$.items', maxConcurrencyPath: '$.limits.name', processor: (item) => item.pass('Touch') });
    // @ts-expect-error: the path is read in the effective input ($.limits), which has no "limits" key
    batch.map('Each', { inputPath: '$.limits', toleratedFailureCountPath: '$.limits.failures', processor: (item) => item.pass('Touch') });
  });
});

describe('workflow version', () => {
  it("takes the ASL version '1.0'", () => {
    expectTypeOf(outputOf(workflow<Order>('V', { version: '1.0' }).pass('P'))).toEqualTypeOf<Order>();
  });

  it('refuses any other version', () => {
    // @ts-expect-error: '1.0' is the only version of the States language
    workflow<Order>('V', { version: '2.0' });
  });
});
