import type { JsonObject } from '../asl/index.js';
import { defined } from './defined.js';

/** How long a Wait state waits: exactly one of the four. */
export type WaitFor<SP, TP> =
  | { readonly seconds: number; readonly secondsPath?: never; readonly timestamp?: never; readonly timestampPath?: never }
  | { readonly secondsPath: SP; readonly seconds?: never; readonly timestamp?: never; readonly timestampPath?: never }
  | { readonly timestamp: string; readonly seconds?: never; readonly secondsPath?: never; readonly timestampPath?: never }
  | { readonly timestampPath: TP; readonly seconds?: never; readonly secondsPath?: never; readonly timestamp?: never };

/**
 * The options of a Wait state (JSONPath): `seconds`, `secondsPath` (a path to a number),
 * `timestamp` (RFC 3339) or `timestampPath` (a path to a string), read from the effective input.
 * `Q` is the `queryLanguage` it may give, `A` its `assign` template and `AC` that template checked.
 */
export type WaitOptions<IP, SP, TP, OP, Q = 'JSONPath', A = undefined, AC = unknown> = WaitFor<SP, TP> & {
  readonly comment?: string;
  readonly inputPath?: IP;
  readonly outputPath?: OP;
  readonly queryLanguage?: Q;
  /** Workflow variables to set when the state completes: a payload template read from the effective input. */
  readonly assign?: A & AC;
};

/** The untyped shape of the options, as the implementation reads them. */
export interface WaitFields {
  readonly comment?: string;
  readonly inputPath?: string | null;
  readonly outputPath?: string | null;
  readonly seconds?: number;
  readonly secondsPath?: string;
  readonly timestamp?: string;
  readonly timestampPath?: string;
}

/** The ASL fields of a Wait state (without `Next`/`End`). */
export function waitState(o: WaitFields): JsonObject {
  return defined({
    Type: 'Wait',
    Comment: o.comment,
    InputPath: o.inputPath,
    OutputPath: o.outputPath,
    Seconds: o.seconds,
    SecondsPath: o.secondsPath,
    Timestamp: o.timestamp,
    TimestampPath: o.timestampPath,
  });
}
