declare const aslTypeErrorBrand: unique symbol;

/**
 * A type error of statewright, placed in parameter position so that its message shows on the
 * offending argument. No value has this type.
 *
 * @example
 * ```ts
 * import type { AslTypeError } from 'statewright';
 *
 * type E = AslTypeError<'State name "Submit Job" is already used'>;
 * ```
 */
export interface AslTypeError<Message extends string> {
  readonly [aslTypeErrorBrand]: Message;
}

/** A type error about a path: an {@link AslTypeError} whose message names the problem. */
export type PathError<Message extends string> = AslTypeError<Message>;
