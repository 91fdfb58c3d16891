import { z } from 'zod';
import { decimalSchema, integerSchema, MAX_SECONDS, nonEmptyArray, NullablePathSchema, StateNameSchema } from './common.js';
import { JsonObjectSchema, JsonValueSchema } from './json.js';

/** `ErrorEquals`: a non-empty list of error names (`States.ALL` alone and last is checked by the validator). */
export const ErrorEqualsSchema = nonEmptyArray(z.string());

/** The `JitterStrategy` of a retrier: `FULL` randomises each delay in `[0, delay]`, `NONE` (default) does not. */
export const JitterStrategySchema = z.enum(['NONE', 'FULL']);

/** The longest `MaxDelaySeconds` AWS accepts (366 days). */
export const MAX_DELAY_SECONDS = 31_622_400;

/** One retrier of a `Retry` list (the same in both query languages). */
export const RetrierSchema = z.strictObject({
  ErrorEquals: ErrorEqualsSchema,
  IntervalSeconds: integerSchema(1, MAX_SECONDS).optional(),
  MaxAttempts: integerSchema(0, MAX_SECONDS).optional(),
  BackoffRate: decimalSchema(1).optional(),
  MaxDelaySeconds: integerSchema(1, MAX_DELAY_SECONDS).optional(),
  JitterStrategy: JitterStrategySchema.optional(),
  Comment: z.string().optional(),
});

/** A retrier: which errors to retry, how often and how long to wait. */
export type Retrier = z.infer<typeof RetrierSchema>;

/** A `Retry` list (Task, Parallel, Map). */
export const RetrySchema = z.array(RetrierSchema);

/** One catcher of a JSONPath state: `ResultPath` places the error output into the state's input. */
export const CatcherJsonPathSchema = z.strictObject({
  ErrorEquals: ErrorEqualsSchema,
  Next: StateNameSchema,
  ResultPath: NullablePathSchema.optional(),
  Assign: JsonObjectSchema.optional(),
  Comment: z.string().optional(),
});

/** One catcher of a JSONata state: `Output` (default `$states.errorOutput`) becomes the next state's input. */
export const CatcherJsonataSchema = z.strictObject({
  ErrorEquals: ErrorEqualsSchema,
  Next: StateNameSchema,
  Output: JsonValueSchema.optional(),
  Assign: JsonObjectSchema.optional(),
  Comment: z.string().optional(),
});

/** A catcher of a JSONPath state. */
export type CatcherJsonPath = z.infer<typeof CatcherJsonPathSchema>;

/** A catcher of a JSONata state. */
export type CatcherJsonata = z.infer<typeof CatcherJsonataSchema>;

/** A catcher, in either query language. */
export type Catcher = CatcherJsonPath | CatcherJsonata;

/** A `Catch` list of a JSONPath state. */
export const CatchJsonPathSchema = z.array(CatcherJsonPathSchema);

/** A `Catch` list of a JSONata state. */
export const CatchJsonataSchema = z.array(CatcherJsonataSchema);
