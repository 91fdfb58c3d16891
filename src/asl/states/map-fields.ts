import { z } from 'zod';
import { integerOrJsonataSchema, integerSchema, JsonataStringSchema, ReferencePathSchema } from '../common.js';
import { JsonObjectSchema } from '../json.js';

const objectOrJsonata = z.union([JsonObjectSchema, JsonataStringSchema]);

/** AWS's wording for a resource ARN it does not know. */
function unrecognized(resource: unknown): string {
  return `The resource provided ${String(resource)} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`;
}

/** The `Resource` of an `ItemReader`: the S3 `getObject` (a file) or `listObjectsV2` (a prefix) integration. */
export const ItemReaderResourceSchema = z
  .string()
  .regex(/^arn:aws[a-z-]*:states:::s3:(getObject|listObjectsV2)$/, { error: (issue) => unrecognized(issue.input) });

/** The `Resource` of a `ResultWriter`: the S3 `putObject` integration. */
export const ResultWriterResourceSchema = z
  .string()
  .regex(/^arn:aws[a-z-]*:states:::s3:putObject$/, { error: (issue) => unrecognized(issue.input) });

/** The kind of dataset an `ItemReader` reads. */
export const InputTypeSchema = z.enum(['CSV', 'JSON', 'JSONL', 'PARQUET', 'MANIFEST']);

/** Where the column names of a CSV dataset come from. */
export const CsvHeaderLocationSchema = z.enum(['FIRST_ROW', 'GIVEN']);

/** The field separator of a CSV dataset (default `COMMA`). */
export const CsvDelimiterSchema = z.enum(['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB']);

const readerConfigFields = {
  InputType: InputTypeSchema.optional(),
  CSVHeaderLocation: CsvHeaderLocationSchema.optional(),
  CSVHeaders: z.array(z.string()).optional(),
  CSVDelimiter: CsvDelimiterSchema.optional(),
  ManifestType: z.string().optional(),
  ItemsPointer: z.string().optional(),
};

/** `ReaderConfig` of a JSONPath Map's `ItemReader`. */
export const ReaderConfigJsonPathSchema = z.strictObject({
  ...readerConfigFields,
  MaxItems: integerSchema(1).optional(),
  MaxItemsPath: ReferencePathSchema.optional(),
});

/** `ReaderConfig` of a JSONata Map's `ItemReader`: `MaxItems` may be a `{% %}` expression. */
export const ReaderConfigJsonataSchema = z.strictObject({
  ...readerConfigFields,
  MaxItems: integerOrJsonataSchema(1).optional(),
});

/** `ItemReader` of a JSONPath Map: reads the items from S3 with `Resource` and `Parameters`. */
export const ItemReaderJsonPathSchema = z.strictObject({
  Resource: ItemReaderResourceSchema,
  Parameters: JsonObjectSchema.optional(),
  ReaderConfig: ReaderConfigJsonPathSchema.optional(),
});

/** `ItemReader` of a JSONata Map: reads the items from S3 with `Resource` and `Arguments`. */
export const ItemReaderJsonataSchema = z.strictObject({
  Resource: ItemReaderResourceSchema,
  Arguments: objectOrJsonata.optional(),
  ReaderConfig: ReaderConfigJsonataSchema.optional(),
});

/** `ItemBatcher` of a JSONPath Map: groups items into `{ Items: [...], ...BatchInput }` per child execution. */
export const ItemBatcherJsonPathSchema = z.strictObject({
  MaxItemsPerBatch: integerSchema(1).optional(),
  MaxItemsPerBatchPath: ReferencePathSchema.optional(),
  MaxInputBytesPerBatch: integerSchema(1).optional(),
  MaxInputBytesPerBatchPath: ReferencePathSchema.optional(),
  BatchInput: JsonObjectSchema.optional(),
});

/** `ItemBatcher` of a JSONata Map: limits may be `{% %}` expressions. */
export const ItemBatcherJsonataSchema = z.strictObject({
  MaxItemsPerBatch: integerOrJsonataSchema(1).optional(),
  MaxInputBytesPerBatch: integerOrJsonataSchema(1).optional(),
  BatchInput: objectOrJsonata.optional(),
});

/** `WriterConfig` of a `ResultWriter`: how child results are shaped (`Transformation`) and written (`OutputType`). */
export const WriterConfigSchema = z.strictObject({
  Transformation: z.enum(['NONE', 'COMPACT', 'FLATTEN']).optional(),
  OutputType: z.enum(['JSON', 'JSONL']).optional(),
});

/** `ResultWriter` of a JSONPath Map: exports results to S3 (`Resource`, `Parameters`) and/or shapes them (`WriterConfig`). */
export const ResultWriterJsonPathSchema = z.strictObject({
  Resource: ResultWriterResourceSchema.optional(),
  Parameters: JsonObjectSchema.optional(),
  WriterConfig: WriterConfigSchema.optional(),
});

/** `ResultWriter` of a JSONata Map: `Arguments` instead of `Parameters`. */
export const ResultWriterJsonataSchema = z.strictObject({
  Resource: ResultWriterResourceSchema.optional(),
  Arguments: objectOrJsonata.optional(),
  WriterConfig: WriterConfigSchema.optional(),
});
