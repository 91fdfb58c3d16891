import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CatcherJsonPathSchema, RetrierSchema, stateSchemas } from '../../src/asl/index.js';

/** The issues of a value that a schema refuses, as `path: message`. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('/')}: ${issue.message}`);
}

const accepts = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;

const waitJp = stateSchemas.Wait.JSONPath.shape;
const waitJa = stateSchemas.Wait.JSONata.shape;
const taskJp = stateSchemas.Task.JSONPath.shape;
const taskJa = stateSchemas.Task.JSONata.shape;
const mapJp = stateSchemas.Map.JSONPath.shape;
const mapJa = stateSchemas.Map.JSONata.shape;
const retrier = RetrierSchema.shape;

describe('Wait', () => {
  it('takes RFC3339 timestamps with Z or an offset, optional fractions, and refuses others with AWS’s wording', () => {
    for (const ok of ['2016-03-14T01:59:00Z', '2016-03-14T01:59:00.123456Z', '2016-03-14T01:59:00+01:00']) {
      expect(accepts(waitJp.Timestamp, ok), ok).toBe(true);
    }
    for (const bad of ['2016-12-05T21:29:29', '2016-03-14 01:59:00Z', '2016-03-14t01:59:00z', '14/03/2016']) {
      expect(issues(waitJp.Timestamp, bad), bad).toEqual([': String does not match RFC3339 timestamp']);
    }
  });

  it('refuses a JSONata expression as a JSONPath Timestamp, and accepts it in JSONata', () => {
    expect(issues(waitJp.Timestamp, "{% '2016-03-14T01:59:00Z' %}")).toEqual([': String does not match RFC3339 timestamp']);
    expect(accepts(waitJa.Timestamp, "{% '2016-03-14T01:59:00Z' %}")).toBe(true);
    expect(accepts(waitJa.Timestamp, '2016-03-14T01:59:00Z')).toBe(true);
    expect(issues(waitJa.Timestamp, 'tomorrow')).toEqual([': String does not match RFC3339 timestamp']);
  });

  it('takes Seconds from 0 to 99999999, as an integer (or an expression in JSONata)', () => {
    expect(issues(waitJp.Seconds, -5)).toEqual([': Minimum value is 0']);
    expect(issues(waitJp.Seconds, 100_000_000)).toEqual([': Maximum value is 99999999']);
    expect(accepts(waitJp.Seconds, 0)).toBe(true);
    expect(accepts(waitJp.Seconds, 1.5)).toBe(false);
    expect(accepts(waitJp.Seconds, '{% 5 %}')).toBe(false);
    expect(accepts(waitJa.Seconds, '{% $states.input.delay %}')).toBe(true);
    expect(accepts(waitJa.Seconds, ' {% 5 %}')).toBe(false);
    expect(accepts(waitJa.Seconds, 5)).toBe(true);
  });
});

describe('Task', () => {
  it('takes TimeoutSeconds and HeartbeatSeconds from 1', () => {
    expect(issues(taskJp.TimeoutSeconds, 0)).toEqual([': Minimum value is 1']);
    expect(issues(taskJp.HeartbeatSeconds, 0)).toEqual([': Minimum value is 1']);
    expect(accepts(taskJa.TimeoutSeconds, '{% $states.input.timeout %}')).toBe(true);
    expect(accepts(taskJa.TimeoutSeconds, 'soon')).toBe(false);
  });

  it('takes Credentials with a literal RoleArn, a RoleArn.$ in JSONPath, and reports a missing RoleArn', () => {
    expect(accepts(taskJp.Credentials, { RoleArn: 'arn:aws:iam::123456789012:role/x' })).toBe(true);
    expect(accepts(taskJp.Credentials, { 'RoleArn.$': '$.role' })).toBe(true);
    expect(accepts(taskJp.Credentials, { RoleArn: 'a', 'RoleArn.$': '$.b' })).toBe(false);
    expect(accepts(taskJa.Credentials, { RoleArn: '{% $states.input.role %}' })).toBe(true);
    expect(accepts(taskJa.Credentials, { 'RoleArn.$': '$.role' })).toBe(false);
    const missing = taskJa.Credentials.safeParse({}).error?.issues[0];
    expect(missing).toMatchObject({ code: 'invalid_type', path: ['RoleArn'] });
  });

  it('takes Parameters, ResultSelector and Assign as objects, Arguments as an object or an expression', () => {
    expect(accepts(taskJp.Parameters, { 'a.$': '$.b', c: [1, { d: null }] })).toBe(true);
    expect(accepts(taskJp.Parameters, 'x')).toBe(false);
    expect(accepts(taskJp.ResultSelector, [1])).toBe(false);
    expect(accepts(taskJa.Arguments, '{% $states.input %}')).toBe(true);
    expect(accepts(taskJa.Arguments, 'literal')).toBe(false);
    expect(accepts(taskJa.Assign, { x: '{% 1 %}' })).toBe(true);
    expect(accepts(taskJa.Output, [1, '{% 2 %}', null])).toBe(true);
  });

  it('takes null for InputPath, OutputPath and ResultPath only', () => {
    expect(accepts(taskJp.InputPath, null)).toBe(true);
    expect(accepts(taskJp.OutputPath, null)).toBe(true);
    expect(accepts(taskJp.ResultPath, null)).toBe(true);
    expect(accepts(mapJp.ItemsPath, null)).toBe(false);
    expect(accepts(taskJp.TimeoutSecondsPath, null)).toBe(false);
  });
});

describe('Retry and Catch', () => {
  it('checks each retrier field against AWS’s ranges and values', () => {
    expect(issues(retrier.IntervalSeconds, 0)).toEqual([': Minimum value is 1']);
    expect(issues(retrier.MaxAttempts, -1)).toEqual([': Minimum value is 0']);
    expect(issues(retrier.BackoffRate, 0.5)).toEqual([': Minimum value is 1.0']);
    expect(accepts(retrier.BackoffRate, 1.5)).toBe(true);
    expect(issues(retrier.MaxDelaySeconds, 0)).toEqual([': Minimum value is 1']);
    expect(issues(retrier.MaxDelaySeconds, 31_622_401)).toEqual([': Maximum value is 31622400']);
    expect(accepts(retrier.JitterStrategy, 'FULL')).toBe(true);
    expect(RetrierSchema.shape.JitterStrategy.safeParse('RANDOM').error?.issues[0]).toMatchObject({ code: 'invalid_value', values: ['NONE', 'FULL'] });
    expect(issues(retrier.ErrorEquals, [])).toEqual([': Value cannot be empty']);
  });

  it('parses whole retriers and catchers, strictly', () => {
    expect(accepts(RetrierSchema, { ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2, Comment: 'c' })).toBe(true);
    expect(issues(RetrierSchema, { ErrorEquals: ['X'], IntervalSeconds: 0 })).toEqual(['IntervalSeconds: Minimum value is 1']);
    expect(accepts(RetrierSchema, { ErrorEquals: ['X'], Next: 'A' })).toBe(false);
    expect(accepts(CatcherJsonPathSchema, { ErrorEquals: ['X'], Next: 'A', ResultPath: null })).toBe(true);
    expect(accepts(CatcherJsonPathSchema, { ErrorEquals: ['X'], Next: 'A', Output: {} })).toBe(false);
    expect(accepts(CatcherJsonPathSchema, { Next: 'A' })).toBe(false);
    expect(accepts(taskJa.Catch, [{ ErrorEquals: ['X'], Next: 'A', Output: '{% $states.errorOutput %}' }])).toBe(true);
    expect(accepts(taskJa.Catch, [{ ErrorEquals: ['X'], Next: 'A', ResultPath: '$.e' }])).toBe(false);
  });
});

describe('Map', () => {
  it('checks concurrency and tolerated failures against AWS’s ranges', () => {
    expect(issues(mapJp.MaxConcurrency, -1)).toEqual([': Minimum value is 0']);
    expect(issues(mapJp.ToleratedFailurePercentage, 101)).toEqual([': Maximum value is 100.0']);
    expect(issues(mapJp.ToleratedFailurePercentage, -1)).toEqual([': Minimum value is 0.0']);
    expect(accepts(mapJp.ToleratedFailurePercentage, 0.5)).toBe(true);
    expect(issues(mapJp.ToleratedFailureCount, -1)).toEqual([': Minimum value is 0']);
    expect(accepts(mapJa.ToleratedFailurePercentage, '{% $x %}')).toBe(true);
  });

  it('takes JSONata Items as an array, an object or an expression, never a plain string', () => {
    expect(accepts(mapJa.Items, [1, 'two'])).toBe(true);
    expect(accepts(mapJa.Items, { a: 1 })).toBe(true);
    expect(accepts(mapJa.Items, '{% $states.input.list %}')).toBe(true);
    expect(accepts(mapJa.Items, 'arn:aws:lambda:us-east-1:111111111111:function:fn')).toBe(false);
    expect(accepts(mapJa.Items, 3)).toBe(false);
  });

  it('checks ItemReader, ItemBatcher and ResultWriter shapes per language', () => {
    const source = { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' } };
    const reader = { ...source, Parameters: { Bucket: 'b', Key: 'k' } };
    expect(accepts(mapJp.ItemReader, reader)).toBe(true);
    expect(accepts(mapJa.ItemReader, reader)).toBe(false);
    expect(accepts(mapJa.ItemReader, { ...source, Arguments: { Bucket: '{% $b %}', Key: 'k' } })).toBe(true);
    expect(accepts(mapJp.ItemReader, { ...reader, Resource: 'arn:aws-us-gov:states:::s3:listObjectsV2' })).toBe(true);
    expect(issues(mapJp.ItemReader, { ...reader, Resource: 'arn:aws:states:::s3:getObjects' })).toEqual([
      'Resource: The resource provided arn:aws:states:::s3:getObjects is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.',
    ]);
    expect(accepts(mapJp.ItemReader, { ...reader, ReaderConfig: { InputType: 'XML' } })).toBe(false);
    expect(issues(mapJp.ItemReader, { ...reader, ReaderConfig: { MaxItems: 0 } })).toEqual(['ReaderConfig/MaxItems: Minimum value is 1']);
    expect(accepts(mapJa.ItemReader, { ...source, ReaderConfig: { MaxItemsPath: '$.n' } })).toBe(false);
    expect(accepts(mapJa.ItemReader, { ...source, ReaderConfig: { MaxItems: '{% $n %}' } })).toBe(true);
    expect(accepts(mapJp.ItemBatcher, { MaxItemsPerBatch: 10, BatchInput: { a: 1 } })).toBe(true);
    expect(accepts(mapJa.ItemBatcher, { MaxItemsPerBatchPath: '$.n' })).toBe(false);
    expect(accepts(mapJp.ResultWriter, { WriterConfig: { Transformation: 'FLATTEN', OutputType: 'JSONL' } })).toBe(true);
    expect(accepts(mapJp.ResultWriter, { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'b', Prefix: 'p' } })).toBe(true);
    expect(accepts(mapJp.ResultWriter, { Resource: 'arn:aws:states:::s3:getObject' })).toBe(false);
    expect(accepts(mapJp.ResultWriter, { WriterConfig: { Transformation: 'SQUASH' } })).toBe(false);
  });
});

describe('Parallel, Choice and Fail', () => {
  it('refuses an empty Branches list with AWS’s wording', () => {
    expect(issues(stateSchemas.Parallel.JSONPath.shape.Branches, [])).toEqual([': Value cannot be empty']);
  });

  it('refuses an empty Choices list', () => {
    expect(issues(stateSchemas.Choice.JSONPath.shape.Choices, [])).toEqual([': Value cannot be empty']);
    expect(issues(stateSchemas.Choice.JSONata.shape.Choices, [])).toEqual([': Value cannot be empty']);
  });

  it('takes Fail Error and Cause as strings (expressions in JSONata), and ErrorPath only in JSONPath', () => {
    expect(accepts(stateSchemas.Fail.JSONata.shape.Error, '{% $states.input.error %}')).toBe(true);
    expect(accepts(stateSchemas.Fail.JSONPath.shape.Cause, 42)).toBe(false);
    expect(stateSchemas.Fail.JSONata.shape.ErrorPath).toBeUndefined();
    expect(accepts(stateSchemas.Fail.JSONPath, { Type: 'Fail', ErrorPath: "States.Format('{}', $.e)", CausePath: '$.c' })).toBe(true);
  });
});
