import { z } from 'zod';
import { commonFields, inputOutputPathFields, outputField } from '../state-fields.js';

/** A JSONPath Succeed state: ends the machine (or the branch or iteration) successfully. No `Next`, `End` or `Assign`. */
export const SucceedJsonPathSchema = z.strictObject({
  ...commonFields('Succeed'),
  ...inputOutputPathFields,
});

/** A JSONata Succeed state: `Output` (default: its input). */
export const SucceedJsonataSchema = z.strictObject({
  ...commonFields('Succeed'),
  ...outputField,
});

/** A Succeed state in either query language. */
export const SucceedStateSchema = z.union([SucceedJsonPathSchema, SucceedJsonataSchema]);

/** A JSONPath Succeed state. */
export type SucceedJsonPathState = z.infer<typeof SucceedJsonPathSchema>;

/** A JSONata Succeed state. */
export type SucceedJsonataState = z.infer<typeof SucceedJsonataSchema>;

/** A Succeed state. */
export type SucceedState = z.infer<typeof SucceedStateSchema>;
