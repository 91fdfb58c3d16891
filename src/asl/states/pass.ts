import { z } from 'zod';
import { JsonValueSchema } from '../json.js';
import { assignField, commonFields, inputOutputPathFields, outputField, parametersField, transitionFields } from '../state-fields.js';
import { NullablePathSchema } from '../common.js';

/** A JSONPath Pass state: passes its input (or `Result`) to its output, through the JSONPath data-flow fields. */
export const PassJsonPathSchema = z.strictObject({
  ...commonFields('Pass'),
  ...transitionFields,
  ...inputOutputPathFields,
  ...parametersField,
  Result: JsonValueSchema.optional(),
  ResultPath: NullablePathSchema.optional(),
  ...assignField,
});

/** A JSONata Pass state: `Output` (default: its input) and `Assign`. */
export const PassJsonataSchema = z.strictObject({
  ...commonFields('Pass'),
  ...transitionFields,
  ...outputField,
  ...assignField,
});

/** A Pass state in either query language. */
export const PassStateSchema = z.union([PassJsonPathSchema, PassJsonataSchema]);

/** A JSONPath Pass state. */
export type PassJsonPathState = z.infer<typeof PassJsonPathSchema>;

/** A JSONata Pass state. */
export type PassJsonataState = z.infer<typeof PassJsonataSchema>;

/** A Pass state. */
export type PassState = z.infer<typeof PassStateSchema>;
