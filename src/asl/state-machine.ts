import { z } from 'zod';
import { integerSchema, StateNameSchema } from './common.js';
import { QueryLanguageSchema } from './query-language.js';
import { StateSchema, type State } from './state.js';

/**
 * A whole state machine definition (strict: unknown top-level fields are rejected). Parsing checks each field's
 * shape; graph rules, paths and expressions are the validator's business.
 *
 * @example
 * ```ts
 * import { StateMachineSchema } from 'statewright';
 *
 * const machine = StateMachineSchema.parse({
 *   StartAt: 'Hello',
 *   States: { Hello: { Type: 'Pass', Result: 'world', End: true } },
 * });
 * console.log(machine.StartAt);
 * ```
 */
export const StateMachineSchema = z.strictObject({
  Comment: z.string().optional(),
  StartAt: StateNameSchema,
  get States(): z.ZodRecord<z.ZodString, z.ZodType<State>> {
    return z.record(z.string(), StateSchema);
  },
  Version: z.literal('1.0').optional(),
  // 0 is accepted by the service (measured by a third party); the upper bound is not documented.
  TimeoutSeconds: integerSchema(0).optional(),
  QueryLanguage: QueryLanguageSchema.optional(),
});

/** A state machine definition. */
export type StateMachine = z.infer<typeof StateMachineSchema>;
