import type { JsonObject, JsonValue } from '../asl/index.js';

/** `fields` without the keys whose value is `undefined`. */
export function defined(fields: Readonly<Record<string, JsonValue | undefined>>): JsonObject {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, JsonValue] => entry[1] !== undefined));
}
