import { z } from 'zod';
import { ChoicesJsonataSchema, ChoicesJsonPathSchema } from '../choice-rule.js';
import { StateNameSchema } from '../common.js';
import { assignField, commonFields, inputOutputPathFields, outputField } from '../state-fields.js';

/** A JSONPath Choice state: the first rule of `Choices` that matches names the next state, else `Default`. No `Next`/`End`. */
export const ChoiceJsonPathSchema = z.strictObject({
  ...commonFields('Choice'),
  ...inputOutputPathFields,
  Choices: ChoicesJsonPathSchema,
  Default: StateNameSchema.optional(),
  ...assignField,
});

/** A JSONata Choice state: rules with a `Condition`; `Output` (default: its input) and `Assign`. */
export const ChoiceJsonataSchema = z.strictObject({
  ...commonFields('Choice'),
  Choices: ChoicesJsonataSchema,
  Default: StateNameSchema.optional(),
  ...outputField,
  ...assignField,
});

/** A Choice state in either query language. */
export const ChoiceStateSchema = z.union([ChoiceJsonPathSchema, ChoiceJsonataSchema]);

/** A JSONPath Choice state. */
export type ChoiceJsonPathState = z.infer<typeof ChoiceJsonPathSchema>;

/** A JSONata Choice state. */
export type ChoiceJsonataState = z.infer<typeof ChoiceJsonataSchema>;

/** A Choice state. */
export type ChoiceState = z.infer<typeof ChoiceStateSchema>;
