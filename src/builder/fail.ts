import type { JsonObject } from '../asl/index.js';
import { defined } from './defined.js';

/**
 * The options of a Fail state (JSONPath): the error name and cause, literal (`error`, `cause`) or
 * read from the input (`errorPath`, `causePath`: paths to strings).
 */
export interface FailOptions<EP, CP> {
  readonly comment?: string;
  readonly error?: string;
  readonly cause?: string;
  readonly errorPath?: EP;
  readonly causePath?: CP;
}

/** The untyped shape of the options, as the implementation reads them. */
export interface FailFields {
  readonly comment?: string;
  readonly error?: string;
  readonly cause?: string;
  readonly errorPath?: string;
  readonly causePath?: string;
}

/** The ASL fields of a Fail state. */
export function failState(o: FailFields = {}): JsonObject {
  return defined({ Type: 'Fail', Comment: o.comment, Error: o.error, ErrorPath: o.errorPath, Cause: o.cause, CausePath: o.causePath });
}
