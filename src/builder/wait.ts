import type { JsonObject } from '../asl/index.js';
import type { ReadPathOption, ReadPathToOption } from '../paths/types/index.js';
import type { OutputPathOption, Select } from './data-flow.js';
import { defined } from './defined.js';

/**
 * How long a Wait state waits: exactly one of the four. `SP` and `TP` are the paths given (`never`:
 * not given), checked against the effective input `E`: `secondsPath` must select a number,
 * `timestampPath` a string.
 */
export type WaitFor<SP, TP, E = unknown> =
  | { readonly seconds: number; readonly secondsPath?: never; readonly timestamp?: never; readonly timestampPath?: never }
  | { readonly secondsPath: ReadPathToOption<E, SP, number>; readonly seconds?: never; readonly timestamp?: never; readonly timestampPath?: never }
  | { readonly timestamp: string; readonly seconds?: never; readonly secondsPath?: never; readonly timestampPath?: never }
  | { readonly timestampPath: ReadPathToOption<E, TP, string>; readonly seconds?: never; readonly secondsPath?: never; readonly timestamp?: never };

/**
 * The options of a Wait state (JSONPath) whose input is `In`: `seconds`, `secondsPath` (a path to a
 * number), `timestamp` (RFC 3339) or `timestampPath` (a path to a string), read from the effective
 * input. `Q` is the `queryLanguage` it may give, `A` its `assign` template and `AC` that template checked.
 */
export type WaitOptions<IP, SP, TP, OP, Q = 'JSONPath', A = undefined, AC = unknown, In = unknown, W = never> = WaitFor<SP, TP, Select<In, IP>> & {
  readonly comment?: string;
  readonly inputPath?: ReadPathOption<In, IP>;
  /** A path into the effective input, or into the context object (`$$…`). */
  readonly outputPath?: OutputPathOption<Select<In, IP>, OP, W>;
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
