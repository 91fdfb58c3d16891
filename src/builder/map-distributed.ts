import type { z } from 'zod';
import type { JsonObject } from '../asl/index.js';
import type { AslTypeError } from '../paths/types/index.js';
import { defined } from './defined.js';
import type { CheckTemplate, PayloadTemplate, TemplateOutput } from './template.js';

/** The kinds of dataset an `itemReader` reads. */
export type ReaderInputType = 'CSV' | 'JSON' | 'JSONL' | 'PARQUET' | 'MANIFEST';

/**
 * A Distributed Map's `itemReader`: reads the items from S3 (`s3:getObject` a file, `s3:listObjectsV2`
 * the objects under a prefix) instead of `itemsPath`. `item` gives the item type as a schema (for the
 * types; `z.custom<T>()` will do); without it a CSV row is a record of strings, a listed object an
 * {@link S3ObjectItem}, anything else `unknown`.
 */
export interface ItemReaderOptions {
  readonly resource: `arn:${string}:states:::s3:getObject` | `arn:${string}:states:::s3:listObjectsV2`;
  /** `{ Bucket, Key }` (getObject) or `{ Bucket, Prefix }` (listObjectsV2), a payload template on the effective input. */
  readonly parameters: PayloadTemplate;
  readonly readerConfig?: {
    readonly inputType?: ReaderInputType;
    readonly csvHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    readonly csvHeaders?: readonly string[];
    readonly csvDelimiter?: 'COMMA' | 'PIPE' | 'SEMICOLON' | 'SPACE' | 'TAB';
    readonly maxItems?: number;
    readonly maxItemsPath?: string;
    readonly itemsPointer?: string;
    readonly manifestType?: string;
  };
  readonly item?: z.ZodType;
}

/** An object `s3:listObjectsV2` lists (an item of a reader over a prefix; `LastModified` as ISO text). */
export interface S3ObjectItem {
  Key: string;
  Size: number;
  Etag: string;
  LastModified: string;
  StorageClass: string;
}

/**
 * A Distributed Map's `itemBatcher`: each child execution gets a batch, `{ Items: [...] }` (with
 * `BatchInput` when `batchInput` is given), instead of one item.
 */
export interface ItemBatcherOptions {
  readonly maxItemsPerBatch?: number;
  readonly maxItemsPerBatchPath?: string;
  readonly maxInputBytesPerBatch?: number;
  readonly maxInputBytesPerBatchPath?: string;
  /** A payload template on the effective input, sent with every batch as `BatchInput`. */
  readonly batchInput?: PayloadTemplate;
}

/**
 * A Distributed Map's `resultWriter`: with `resource` (`s3:putObject`) the results go to S3 and the
 * state's result is {@link ResultWriterOutput}; `writerConfig` shapes what is written.
 */
export interface ResultWriterOptions {
  readonly resource?: `arn:${string}:states:::s3:putObject`;
  /** `{ Bucket, Prefix }`, a payload template on the effective input. */
  readonly parameters?: PayloadTemplate;
  readonly writerConfig?: { readonly transformation?: 'NONE' | 'COMPACT' | 'FLATTEN'; readonly outputType?: 'JSON' | 'JSONL' };
}

/** A Distributed Map's result when a `resultWriter` exports the results to S3: where the manifest is. */
export interface ResultWriterOutput {
  MapRunArn: string;
  ResultWriterDetails: { Bucket: string; Key: string };
}

/** The item a reader gives: the `item` schema's type, else by `resource` and `readerConfig`. */
export type ReaderItem<IR> =
  IR extends { readonly item: infer S extends z.ZodType } ? z.output<S>
  : IR extends { readonly resource: `${string}:listObjectsV2` } ? S3ObjectItem
  : IR extends { readonly readerConfig: { readonly inputType: 'CSV'; readonly csvHeaders: readonly (infer H extends string)[] } } ? Record<H, string>
  : IR extends { readonly readerConfig: { readonly inputType: 'CSV' } } ? Record<string, string>
  : unknown;

/** The item type of a Map: the reader's when there is one, else `Fallback` (the `itemsPath` array's). */
export type MapItem<IR, Fallback> = [IR] extends [ItemReaderOptions] ? ReaderItem<IR> : Fallback;

/** What a child gets: one iteration input `I`, or with a batcher a batch of them. */
export type Batched<E, W, I, IB> =
  [IB] extends [ItemBatcherOptions]
    ? IB extends { readonly batchInput: infer BI extends PayloadTemplate } ? { Items: I[]; BatchInput: TemplateOutput<E, W, BI> } : { Items: I[] }
    : I;

/** A Map's result `R`, or where a result writer put it. */
export type WrittenResult<R, RW> = RW extends { readonly resource: string } ? ResultWriterOutput : R;

/**
 * `unknown` for an inline Map, else the options a Distributed Map needs: with an `itemReader`,
 * `itemBatcher` or `resultWriter`, `mode: 'DISTRIBUTED'` (AWS allows them in Distributed mode only)
 * and the `executionType` that mode requires.
 */
export type DistributedOnly<IR, IB, RW> =
  [IR | IB | RW] extends [undefined] ? unknown : { readonly mode: 'DISTRIBUTED'; readonly executionType: 'STANDARD' | 'EXPRESS' };

/** The templates of the distributed fields, checked against the effective input `E`. */
export interface DistributedFields<E, W, IR, IB, RW> {
  readonly itemReader?: IR & { readonly parameters: CheckTemplate<E, W, IR extends { readonly parameters: infer P } ? P : never> };
  readonly itemBatcher?: IB & { readonly batchInput?: CheckTemplate<E, W, IB extends { readonly batchInput: infer P } ? P : never> };
  readonly resultWriter?: RW & ResultWriterCheck<E, W, RW>;
}

type ResultWriterCheck<E, W, RW> =
  RW extends { readonly parameters: infer P } ? { readonly parameters: CheckTemplate<E, W, P> }
  : RW extends { readonly resource: string } ? AslTypeError<'A resultWriter with a resource needs parameters ({ Bucket, Prefix })'>
  : unknown;

/** The untyped shape of the distributed fields, as the implementation reads them. */
export interface DistributedMapFields {
  readonly itemReader?: ItemReaderOptions;
  readonly itemBatcher?: ItemBatcherOptions;
  readonly resultWriter?: ResultWriterOptions;
}

/** The ASL `ItemReader`, `ItemBatcher` and `ResultWriter` of the options (absent when not given). */
export function distributedFields(o: DistributedMapFields): JsonObject {
  const reader = o.itemReader;
  const config = reader?.readerConfig;
  const batcher = o.itemBatcher;
  const writer = o.resultWriter;
  return defined({
    ItemReader: reader && defined({
      Resource: reader.resource,
      Parameters: reader.parameters as JsonObject,
      ReaderConfig: config && defined({
        InputType: config.inputType,
        CSVHeaderLocation: config.csvHeaderLocation,
        CSVHeaders: config.csvHeaders && [...config.csvHeaders],
        CSVDelimiter: config.csvDelimiter,
        MaxItems: config.maxItems,
        MaxItemsPath: config.maxItemsPath,
        ItemsPointer: config.itemsPointer,
        ManifestType: config.manifestType,
      }),
    }),
    ItemBatcher: batcher && defined({
      MaxItemsPerBatch: batcher.maxItemsPerBatch,
      MaxItemsPerBatchPath: batcher.maxItemsPerBatchPath,
      MaxInputBytesPerBatch: batcher.maxInputBytesPerBatch,
      MaxInputBytesPerBatchPath: batcher.maxInputBytesPerBatchPath,
      BatchInput: batcher.batchInput as JsonObject | undefined,
    }),
    ResultWriter: writer && defined({
      Resource: writer.resource,
      Parameters: writer.parameters as JsonObject | undefined,
      WriterConfig: writer.writerConfig && defined({ Transformation: writer.writerConfig.transformation, OutputType: writer.writerConfig.outputType }),
    }),
  });
}
