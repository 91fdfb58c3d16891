import type { ParsedPath } from '../paths/segment.js';

/**
 * A parsed intrinsic function call, such as `States.Format('{}', $.a)`.
 * Every node carries `offset`, its UTF-16 offset in the source text.
 *
 * @example
 * const call: IntrinsicCall = { kind: 'call', name: 'States.UUID', args: [], offset: 0 };
 */
export interface IntrinsicCall {
  readonly kind: 'call';
  /** The full name as written, `States.` included. */
  readonly name: string;
  readonly args: readonly IntrinsicArg[];
  readonly offset: number;
}

/** A single-quoted literal: `value` has escapes resolved, `raw` is the text between the quotes. */
export interface IntrinsicString {
  readonly kind: 'string';
  readonly value: string;
  /** As written; `States.Format` needs it to tell an escaped `\{` from a `{}` placeholder. */
  readonly raw: string;
  readonly offset: number;
}

/** A number literal; `integer` is false when written with a fraction or exponent. */
export interface IntrinsicNumber {
  readonly kind: 'number';
  readonly value: number;
  readonly integer: boolean;
  readonly offset: number;
}

/** `true` or `false`. */
export interface IntrinsicBoolean {
  readonly kind: 'boolean';
  readonly value: boolean;
  readonly offset: number;
}

/** `null`. */
export interface IntrinsicNull {
  readonly kind: 'null';
  readonly offset: number;
}

/** A path argument (`$.a`, `$$.Execution.Id`, `$var.x`), already parsed. */
export interface IntrinsicPath {
  readonly kind: 'path';
  readonly text: string;
  readonly path: ParsedPath;
  readonly offset: number;
}

/** Any intrinsic function argument. */
export type IntrinsicArg = IntrinsicCall | IntrinsicString | IntrinsicNumber | IntrinsicBoolean | IntrinsicNull | IntrinsicPath;

/** A call that parsed, with its nesting depth (1 = no nested call) and total number of calls. */
export interface ParsedIntrinsic {
  readonly ok: true;
  readonly call: IntrinsicCall;
  readonly depth: number;
  readonly calls: number;
}

/** Why an intrinsic did not parse or check, and where. */
export interface IntrinsicSyntaxError {
  readonly ok: false;
  readonly message: string;
  readonly offset: number;
}

/** The outcome of `parseIntrinsic` and `checkIntrinsic`. */
export type IntrinsicParseResult = ParsedIntrinsic | IntrinsicSyntaxError;
