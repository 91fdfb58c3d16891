import { z } from 'zod';
import {
  decimalOrJsonataSchema,
  decimalSchema,
  integerOrJsonataSchema,
  integerSchema,
  JsonataStringSchema,
  ReferencePathSchema,
} from '../common.js';
import { ItemProcessorSchema, type ItemProcessor } from '../containers.js';
import { JsonObjectSchema, JsonValueSchema } from '../json.js';
import { CatchJsonataSchema, CatchJsonPathSchema, RetrySchema } from '../retry-catch.js';
import { assignField, commonFields, inputOutputPathFields, outputField, parametersField, resultFields, transitionFields } from '../state-fields.js';
import {
  ItemBatcherJsonataSchema,
  ItemBatcherJsonPathSchema,
  ItemReaderJsonataSchema,
  ItemReaderJsonPathSchema,
  ResultWriterJsonataSchema,
  ResultWriterJsonPathSchema,
} from './map-fields.js';

/** A JSONPath Map state: runs its processor for each item of `ItemsPath` (or of `ItemReader`); legacy `Parameters` = `ItemSelector`. */
export const MapJsonPathSchema = z.strictObject({
  ...commonFields('Map'),
  ...transitionFields,
  // Getters: the processor holds states, which hold Map states (exactly one of the two is checked by the validator).
  get ItemProcessor(): z.ZodOptional<z.ZodType<ItemProcessor>> {
    return ItemProcessorSchema.optional();
  },
  get Iterator(): z.ZodOptional<z.ZodType<ItemProcessor>> {
    return ItemProcessorSchema.optional();
  },
  ItemsPath: ReferencePathSchema.optional(),
  ItemSelector: JsonObjectSchema.optional(),
  ...parametersField,
  ItemReader: ItemReaderJsonPathSchema.optional(),
  ItemBatcher: ItemBatcherJsonPathSchema.optional(),
  ResultWriter: ResultWriterJsonPathSchema.optional(),
  MaxConcurrency: integerSchema(0).optional(),
  MaxConcurrencyPath: ReferencePathSchema.optional(),
  ToleratedFailureCount: integerSchema(0).optional(),
  ToleratedFailureCountPath: ReferencePathSchema.optional(),
  ToleratedFailurePercentage: decimalSchema(0, 100).optional(),
  ToleratedFailurePercentagePath: ReferencePathSchema.optional(),
  Label: z.string().optional(),
  ...inputOutputPathFields,
  ...resultFields,
  Retry: RetrySchema.optional(),
  Catch: CatchJsonPathSchema.optional(),
  ...assignField,
});

/** A JSONata Map state: iterates `Items` (an array, an object's entries, or a `{% %}` expression). */
export const MapJsonataSchema = z.strictObject({
  ...commonFields('Map'),
  ...transitionFields,
  // Getters: the processor holds states, which hold Map states (exactly one of the two is checked by the validator).
  get ItemProcessor(): z.ZodOptional<z.ZodType<ItemProcessor>> {
    return ItemProcessorSchema.optional();
  },
  get Iterator(): z.ZodOptional<z.ZodType<ItemProcessor>> {
    return ItemProcessorSchema.optional();
  },
  Items: z.union([JsonataStringSchema, z.array(JsonValueSchema), JsonObjectSchema]).optional(),
  ItemSelector: z.union([JsonObjectSchema, JsonataStringSchema]).optional(),
  ItemReader: ItemReaderJsonataSchema.optional(),
  ItemBatcher: ItemBatcherJsonataSchema.optional(),
  ResultWriter: ResultWriterJsonataSchema.optional(),
  MaxConcurrency: integerOrJsonataSchema(0).optional(),
  ToleratedFailureCount: integerOrJsonataSchema(0).optional(),
  ToleratedFailurePercentage: decimalOrJsonataSchema(0, 100).optional(),
  Label: z.string().optional(),
  ...outputField,
  ...assignField,
  Retry: RetrySchema.optional(),
  Catch: CatchJsonataSchema.optional(),
});

/** A Map state in either query language. */
export const MapStateSchema = z.union([MapJsonPathSchema, MapJsonataSchema]);

/** A JSONPath Map state. */
export type MapJsonPathState = z.infer<typeof MapJsonPathSchema>;

/** A JSONata Map state. */
export type MapJsonataState = z.infer<typeof MapJsonataSchema>;

/** A Map state. */
export type MapState = z.infer<typeof MapStateSchema>;
