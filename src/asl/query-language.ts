import { z } from 'zod';

/** The two query languages of ASL; `JSONPath` is the default. */
export const QUERY_LANGUAGES = ['JSONPath', 'JSONata'] as const;

/** The value of a `QueryLanguage` field, at the top of a machine or on one state. */
export const QueryLanguageSchema = z.enum(QUERY_LANGUAGES);

/** `'JSONPath' | 'JSONata'`. */
export type QueryLanguage = z.infer<typeof QueryLanguageSchema>;
