import { z } from 'zod';
import { nonEmptyArray } from '../common.js';
import { BranchSchema, type Branch } from '../containers.js';
import { CatchJsonataSchema, CatchJsonPathSchema, RetrySchema } from '../retry-catch.js';
import {
  argumentsField,
  assignField,
  commonFields,
  inputOutputPathFields,
  outputField,
  parametersField,
  resultFields,
  transitionFields,
} from '../state-fields.js';

/** A JSONPath Parallel state: runs every branch on the same input; the result is the array of branch outputs. */
export const ParallelJsonPathSchema = z.strictObject({
  ...commonFields('Parallel'),
  ...transitionFields,
  get Branches(): z.ZodArray<z.ZodType<Branch>> {
    return nonEmptyArray(BranchSchema);
  },
  ...inputOutputPathFields,
  ...parametersField,
  ...resultFields,
  Retry: RetrySchema.optional(),
  Catch: CatchJsonPathSchema.optional(),
  ...assignField,
});

/** A JSONata Parallel state: `Arguments` is what every branch receives. */
export const ParallelJsonataSchema = z.strictObject({
  ...commonFields('Parallel'),
  ...transitionFields,
  get Branches(): z.ZodArray<z.ZodType<Branch>> {
    return nonEmptyArray(BranchSchema);
  },
  ...argumentsField,
  ...outputField,
  ...assignField,
  Retry: RetrySchema.optional(),
  Catch: CatchJsonataSchema.optional(),
});

/** A Parallel state in either query language. */
export const ParallelStateSchema = z.union([ParallelJsonPathSchema, ParallelJsonataSchema]);

/** A JSONPath Parallel state. */
export type ParallelJsonPathState = z.infer<typeof ParallelJsonPathSchema>;

/** A JSONata Parallel state. */
export type ParallelJsonataState = z.infer<typeof ParallelJsonataSchema>;

/** A Parallel state. */
export type ParallelState = z.infer<typeof ParallelStateSchema>;
