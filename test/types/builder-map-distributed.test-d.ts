import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { workflow, type ResultWriterOutput, type S3ObjectItem } from 'statewright';
import { inputOf, outputOf } from './flow-of.js';

interface Job { bucket: string; key: string; runId: string; rows: { id: string; n: number }[] }
const start = workflow<Job>('W');
const GET = 'arn:aws:states:::s3:getObject';
const LIST = 'arn:aws:states:::s3:listObjectsV2';
const PUT = 'arn:aws:states:::s3:putObject';

describe('distributed map', () => {
  it('batches items: the processor gets { Items, BatchInput }', () => {
    const wf = start.map('Batches', {
      mode: 'DISTRIBUTED',
      executionType: 'STANDARD',
      itemsPath: '$.rows',
      itemBatcher: { maxItemsPerBatch: 10, batchInput: { 'runId.$': '$.runId', source: 'rows' } },
      processor: (batch) => {
        expectTypeOf(inputOf(batch)).toEqualTypeOf<{ Items: { id: string; n: number }[]; BatchInput: { runId: string; source: 'rows' } }>();
        return batch.pass('Count', { parameters: { 'count.$': 'States.ArrayLength($.Items)', 'run.$': '$.BatchInput.runId' } });
      },
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ count: number; run: string }[]>();
  });

  it('batches without BatchInput, after the itemSelector', () => {
    const wf = start.map('Batches', {
      mode: 'DISTRIBUTED',
      executionType: 'STANDARD',
      itemsPath: '$.rows',
      itemSelector: { 'id.$': '$$.Map.Item.Value.id' },
      itemBatcher: { maxItemsPerBatch: 2 },
      processor: (batch) => batch.pass('Keep', { outputPath: '$.Items' }),
    });
    expectTypeOf(outputOf(wf)).toEqualTypeOf<{ id: string }[][]>();
  });

  it('reads items with an itemReader: typed by a schema, as CSV rows or listed objects', () => {
    const Row = z.object({ id: z.string(), amount: z.number() });
    const json = start.map('Json', {
      mode: 'DISTRIBUTED',
      executionType: 'STANDARD',
      itemReader: { resource: GET, parameters: { 'Bucket.$': '$.bucket', 'Key.$': '$.key' }, readerConfig: { inputType: 'JSON' }, item: Row },
      processor: (row) => row.pass('Amount', { outputPath: '$.amount' }),
    });
    expectTypeOf(outputOf(json)).toEqualTypeOf<number[]>();
    const csv = start.map('Csv', {
      mode: 'DISTRIBUTED',
      executionType: 'STANDARD',
      itemReader: { resource: GET, parameters: { Bucket: 'b', Key: 'k.csv' }, readerConfig: { inputType: 'CSV', csvHeaderLocation: 'GIVEN', csvHeaders: ['id', 'name'] } },
      processor: (row) => row.pass('Name', { outputPath: '$.name' }),
    });
    expectTypeOf(outputOf(csv)).toEqualTypeOf<string[]>();
    const listed = start.map('Listed', {
      mode: 'DISTRIBUTED',
      executionType: 'STANDARD',
      itemReader: { resource: LIST, parameters: { 'Bucket.$': '$.bucket', Prefix: 'in/' } },
      processor: (object) => object.pass('Keep'),
    });
    expectTypeOf(outputOf(listed)).toEqualTypeOf<S3ObjectItem[]>();
  });

  it('writes results to S3: the result says where', () => {
    const wf = start.map('Write', {
      mode: 'DISTRIBUTED',
      executionType: 'STANDARD',
      itemsPath: '$.rows',
      processor: (row) => row.pass('Keep'),
      resultWriter: { resource: PUT, parameters: { 'Bucket.$': '$.bucket', Prefix: 'out' }, writerConfig: { transformation: 'COMPACT' } },
      resultPath: '$.written',
    });
    expectTypeOf(outputOf(wf).written).toEqualTypeOf<ResultWriterOutput>();
    expectTypeOf(outputOf(wf).written.ResultWriterDetails.Key).toEqualTypeOf<string>();
  });

  it('refuses the distributed fields in an inline Map, and wrong paths in their templates', () => {
    // @ts-expect-error: itemBatcher needs mode DISTRIBUTED
    start.map('M', { itemsPath: '$.rows', itemBatcher: { maxItemsPerBatch: 2 }, processor: (b) => b.pass('P') });
    // @ts-expect-error: itemReader needs mode DISTRIBUTED
    start.map('M', { mode: 'INLINE', itemReader: { resource: LIST, parameters: { Bucket: 'b' } }, processor: (b) => b.pass('P') });
    // @ts-expect-error: Distributed mode needs an executionType
    start.map('M', { mode: 'DISTRIBUTED', itemsPath: '$.rows', itemBatcher: { maxItemsPerBatch: 2 }, processor: (b) => b.pass('P') });
    // @ts-expect-error: the input has no key bukket
    start.map('M', { mode: 'DISTRIBUTED', executionType: 'EXPRESS', itemReader: { resource: LIST, parameters: { 'Bucket.$': '$.bukket' } }, processor: (b) => b.pass('P') });
    // @ts-expect-error: the input has no key nope
    start.map('M', { mode: 'DISTRIBUTED', executionType: 'EXPRESS', itemsPath: '$.rows', itemBatcher: { batchInput: { 'x.$': '$.nope' } }, processor: (b) => b.pass('P') });
    // @ts-expect-error: a batch has Items, not the row's n
    start.map('M', { mode: 'DISTRIBUTED', executionType: 'EXPRESS', itemsPath: '$.rows', itemBatcher: { maxItemsPerBatch: 2 }, processor: (b) => b.pass('P', { outputPath: '$.n' }) });
    // @ts-expect-error: the ItemReader resource is s3:getObject or s3:listObjectsV2
    start.map('M', { mode: 'DISTRIBUTED', executionType: 'EXPRESS', itemReader: { resource: 'arn:aws:states:::s3:putObject', parameters: {} }, processor: (b) => b.pass('P') });
    // @ts-expect-error: a resultWriter with a resource needs parameters
    start.map('M', { mode: 'DISTRIBUTED', executionType: 'EXPRESS', itemsPath: '$.rows', resultWriter: { resource: PUT }, processor: (b) => b.pass('P') });
  });
});
