import { z } from 'zod';
import { StateNameSchema } from './common.js';
import { StateSchema, type State } from './state.js';

/** The fields that hold a nested scope of states; the validator walks them itself instead of running their schemas. */
export const CONTAINER_FIELDS = ['Branches', 'ItemProcessor', 'Iterator'] as const;

/** How a Map runs its iterations: `INLINE` (default) or `DISTRIBUTED` (child executions of `ExecutionType`). */
export const ProcessorConfigSchema = z
  .strictObject({
    Mode: z.enum(['INLINE', 'DISTRIBUTED']).optional(),
    ExecutionType: z.enum(['STANDARD', 'EXPRESS']).optional(),
  })
  .refine((config) => config.Mode !== 'DISTRIBUTED' || config.ExecutionType !== undefined, {
    error: "The field 'ExecutionType' is required but was missing",
  });

/** A Map processor configuration. */
export type ProcessorConfig = z.infer<typeof ProcessorConfigSchema>;

/** One branch of a Parallel state: a sub-machine whose transitions stay inside it. AWS refuses `QueryLanguage` here. */
export const BranchSchema = z.strictObject({
  Comment: z.string().optional(),
  StartAt: StateNameSchema,
  get States(): z.ZodRecord<z.ZodString, z.ZodType<State>> {
    return z.record(z.string(), StateSchema);
  },
});

/**
 * A Parallel branch. Declared as an interface (a type test keeps it equal to the schema's output): the
 * state cycle (states hold branches hold states) must pass through an interface for TypeScript to read
 * it the same way whatever order it meets the files in.
 */
export interface Branch {
  Comment?: string | undefined;
  StartAt: string;
  States: Record<string, State>;
}

/** A Map `ItemProcessor` (or legacy `Iterator`): the sub-machine run for each item. AWS refuses `QueryLanguage` here. */
export const ItemProcessorSchema = z.strictObject({
  Comment: z.string().optional(),
  ProcessorConfig: ProcessorConfigSchema.optional(),
  StartAt: StateNameSchema,
  get States(): z.ZodRecord<z.ZodString, z.ZodType<State>> {
    return z.record(z.string(), StateSchema);
  },
});

/** A Map item processor; an interface for the reason given at {@link Branch}. */
export interface ItemProcessor {
  Comment?: string | undefined;
  ProcessorConfig?: ProcessorConfig | undefined;
  StartAt: string;
  States: Record<string, State>;
}
