import { z } from 'zod';
import { integerOrJsonataSchema, integerSchema, MAX_SECONDS, ReferencePathSchema, TimestampOrJsonataSchema, TimestampSchema } from '../common.js';
import { assignField, commonFields, inputOutputPathFields, outputField, transitionFields } from '../state-fields.js';

/** A JSONPath Wait state: exactly one of `Seconds`, `Timestamp`, `SecondsPath`, `TimestampPath` (checked by the validator). */
export const WaitJsonPathSchema = z.strictObject({
  ...commonFields('Wait'),
  ...transitionFields,
  ...inputOutputPathFields,
  Seconds: integerSchema(0, MAX_SECONDS).optional(),
  Timestamp: TimestampSchema.optional(),
  SecondsPath: ReferencePathSchema.optional(),
  TimestampPath: ReferencePathSchema.optional(),
  ...assignField,
});

/** A JSONata Wait state: `Seconds` (integer or `{% %}`) or `Timestamp` (RFC3339 or `{% %}`). */
export const WaitJsonataSchema = z.strictObject({
  ...commonFields('Wait'),
  ...transitionFields,
  Seconds: integerOrJsonataSchema(0, MAX_SECONDS).optional(),
  Timestamp: TimestampOrJsonataSchema.optional(),
  ...outputField,
  ...assignField,
});

/** A Wait state in either query language. */
export const WaitStateSchema = z.union([WaitJsonPathSchema, WaitJsonataSchema]);

/** A JSONPath Wait state. */
export type WaitJsonPathState = z.infer<typeof WaitJsonPathSchema>;

/** A JSONata Wait state. */
export type WaitJsonataState = z.infer<typeof WaitJsonataSchema>;

/** A Wait state. */
export type WaitState = z.infer<typeof WaitStateSchema>;
