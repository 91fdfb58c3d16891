import { z } from 'zod';
import { integerOrJsonataSchema, integerSchema, MAX_SECONDS, ReferencePathSchema } from '../common.js';
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

/** Task `Credentials` in JSONPath: a literal `RoleArn`, or `RoleArn.$` (a path or an intrinsic that yields the ARN). */
export const CredentialsJsonPathSchema = z.union([
  z.strictObject({ RoleArn: z.string() }),
  z.strictObject({ 'RoleArn.$': z.string() }),
]);

/** Task `Credentials` in JSONata: `RoleArn` as a literal ARN or a `{% %}` expression. */
export const CredentialsJsonataSchema = z.strictObject({ RoleArn: z.string() });

/** `Resource`: the ARN of the activity, function or service integration to run (a constant in both languages). */
export const ResourceSchema = z.string();

/** A JSONPath Task state. */
export const TaskJsonPathSchema = z.strictObject({
  ...commonFields('Task'),
  ...transitionFields,
  Resource: ResourceSchema,
  ...inputOutputPathFields,
  ...parametersField,
  ...resultFields,
  Retry: RetrySchema.optional(),
  Catch: CatchJsonPathSchema.optional(),
  TimeoutSeconds: integerSchema(1, MAX_SECONDS).optional(),
  TimeoutSecondsPath: ReferencePathSchema.optional(),
  HeartbeatSeconds: integerSchema(1, MAX_SECONDS).optional(),
  HeartbeatSecondsPath: ReferencePathSchema.optional(),
  Credentials: CredentialsJsonPathSchema.optional(),
  ...assignField,
});

/** A JSONata Task state: `Arguments` in, `Output` and `Assign` out; timeouts may be `{% %}` expressions. */
export const TaskJsonataSchema = z.strictObject({
  ...commonFields('Task'),
  ...transitionFields,
  Resource: ResourceSchema,
  ...argumentsField,
  ...outputField,
  ...assignField,
  Retry: RetrySchema.optional(),
  Catch: CatchJsonataSchema.optional(),
  TimeoutSeconds: integerOrJsonataSchema(1, MAX_SECONDS).optional(),
  HeartbeatSeconds: integerOrJsonataSchema(1, MAX_SECONDS).optional(),
  Credentials: CredentialsJsonataSchema.optional(),
});

/** A Task state in either query language. */
export const TaskStateSchema = z.union([TaskJsonPathSchema, TaskJsonataSchema]);

/** A JSONPath Task state. */
export type TaskJsonPathState = z.infer<typeof TaskJsonPathSchema>;

/** A JSONata Task state. */
export type TaskJsonataState = z.infer<typeof TaskJsonataSchema>;

/** A Task state. */
export type TaskState = z.infer<typeof TaskStateSchema>;
