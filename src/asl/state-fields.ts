import { z } from 'zod';
import { JsonataStringSchema, NullablePathSchema, StateNameSchema } from './common.js';
import { JsonObjectSchema, JsonValueSchema } from './json.js';
import { QueryLanguageSchema } from './query-language.js';
import type { StateType } from './state-type.js';

/** `Type`, `Comment` and `QueryLanguage`: the fields every state has. */
export function commonFields<const T extends StateType>(type: T) {
  return {
    Type: z.literal(type),
    Comment: z.string().optional(),
    QueryLanguage: QueryLanguageSchema.optional(),
  };
}

/** `Next` and `End` (exactly one of them is checked by the validator): Pass, Task, Wait, Parallel, Map. */
export const transitionFields = {
  Next: StateNameSchema.optional(),
  End: z.boolean().optional(),
};

/** `InputPath` and `OutputPath` of a JSONPath state (`null` gives `{}`). */
export const inputOutputPathFields = {
  InputPath: NullablePathSchema.optional(),
  OutputPath: NullablePathSchema.optional(),
};

/** `ResultSelector` and `ResultPath` of a JSONPath state that produces a result (Task, Parallel, Map). */
export const resultFields = {
  ResultSelector: JsonObjectSchema.optional(),
  ResultPath: NullablePathSchema.optional(),
};

/** `Parameters` of a JSONPath state: a payload template object. */
export const parametersField = {
  Parameters: JsonObjectSchema.optional(),
};

/** `Assign`: variables to set, an object (values may hold `.$` paths in JSONPath, `{% %}` in JSONata). */
export const assignField = {
  Assign: JsonObjectSchema.optional(),
};

/** `Output` of a JSONata state: any JSON value, in which `{% %}` strings are evaluated. */
export const outputField = {
  Output: JsonValueSchema.optional(),
};

/** `Arguments` of a JSONata Task or Parallel: an object (that may hold `{% %}` strings) or one `{% %}` expression. */
export const argumentsField = {
  Arguments: z.union([JsonObjectSchema, JsonataStringSchema]).optional(),
};
