import { z } from 'zod';

/** Any JSON value: string, finite number, boolean, null, array or object of JSON values (never `undefined`). */
export const JsonValueSchema = z.json();

/** A JSON value as it appears in an ASL definition. */
export type JsonValue = z.infer<typeof JsonValueSchema>;

/** A JSON object (not an array, not null) whose values are JSON values. */
export const JsonObjectSchema = z.object({}).catchall(JsonValueSchema);

/** A JSON object as it appears in an ASL definition (payload templates, `Assign`, `Result` objects, ...). */
export type JsonObject = z.infer<typeof JsonObjectSchema>;
