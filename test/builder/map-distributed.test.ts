import { describe, expect, it } from 'vitest';
import 'statewright/testing/vitest';
import { z } from 'zod';
import { validate, workflow } from 'statewright';
import { testWorkflow } from 'statewright/testing';

interface Job { bucket: string; runId: string; rows: { id: string; n: number }[] }
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Sum';

const batched = workflow<Job>('Batched').map('Sum Batches', {
  mode: 'DISTRIBUTED',
  executionType: 'EXPRESS',
  itemsPath: '$.rows',
  itemBatcher: { maxItemsPerBatch: 2, batchInput: { 'runId.$': '$.runId' } },
  processor: (batch) => batch.task('Sum', { resource: FN, parameters: { 'rows.$': '$.Items', 'run.$': '$.BatchInput.runId' }, result: z.number() }),
  resultWriter: { writerConfig: { outputType: 'JSON', transformation: 'COMPACT' } },
  resultPath: '$.sums',
});

const read = workflow<Job>('Read').map('Each Object', {
  mode: 'DISTRIBUTED',
  executionType: 'STANDARD',
  itemReader: { resource: 'arn:aws:states:::s3:listObjectsV2', parameters: { 'Bucket.$': '$.bucket', Prefix: 'in/' }, readerConfig: { maxItems: 100 } },
  processor: (object) => object.pass('Keep', { parameters: { 'key.$': '$.Key' } }),
  resultWriter: { resource: 'arn:aws:states:::s3:putObject', parameters: { 'Bucket.$': '$.bucket', Prefix: 'out' } },
});

describe('distributed map fields in the builder', () => {
  it('writes ItemBatcher and ResultWriter in AWS field names, and the ASL validates clean', () => {
    const asl = batched.toAsl();
    expect(validate(asl)).toEqual([]);
    expect(asl.States['Sum Batches']).toMatchObject({
      ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'runId.$': '$.runId' } },
      ResultWriter: { WriterConfig: { Transformation: 'COMPACT', OutputType: 'JSON' } },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' } },
    });
  });

  it('writes ItemReader and a ResultWriter to S3, in the order toJson() keeps', () => {
    const asl = read.toAsl();
    expect(validate(asl)).toEqual([]);
    expect(asl.States['Each Object']).toMatchObject({
      ItemReader: { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { 'Bucket.$': '$.bucket', Prefix: 'in/' }, ReaderConfig: { MaxItems: 100 } },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { 'Bucket.$': '$.bucket', Prefix: 'out' } },
    });
    expect(Object.keys(asl.States['Each Object'] ?? {})).toEqual(['Type', 'ItemReader', 'ItemProcessor', 'ResultWriter', 'End']);
  });

  it('runs each batch through the processor with its BatchInput', async () => {
    const result = await testWorkflow(batched)
      .mock('Sum', (request) => (request as { rows: { n: number }[] }).rows.reduce((sum, row) => sum + row.n, 0))
      .run({ bucket: 'b', runId: 'r-1', rows: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 4 }] });
    expect(result).toSucceedWith({ bucket: 'b', runId: 'r-1', rows: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 4 }], sums: [3, 4] });
    expect(result).toHaveCalledTask('Sum', { rows: [{ id: 'c', n: 4 }], run: 'r-1' });
  });
});
