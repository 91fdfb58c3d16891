declare const pathErrorBrand: unique symbol;

/**
 * A type error about a path, placed in parameter position so the message shows on the argument.
 * No value has this type.
 *
 * @example
 * type E = PathError<"Key 'nope' does not exist at '$.a'">;
 */
export interface PathError<Message extends string> {
  readonly [pathErrorBrand]: Message;
}
