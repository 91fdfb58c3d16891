/** Characters that keep a key out of dot notation (`$.key`); such keys use `$['key']`. */
type Special = ' ' | '\t' | '\n' | '\r' | '.' | '[' | ']' | "'" | '"' | '*' | '(' | ')' | ',' | '?' | '@' | '$' | '\\' | ':';

/** True when `K` may follow a dot: non-empty and free of `Special` characters. */
export type IsPlainKey<K extends string> = K extends '' ? false : K extends `${string}${Special}${string}` ? false : true;

/** The path step naming key `K`: `.key`, or `['my key']` (`["it's"]` when the key holds a `'`). */
export type KeyStep<K extends string> =
  IsPlainKey<K> extends true ? `.${K}` : K extends `${string}'${string}` ? `["${K}"]` : `['${K}']`;

/** One parsed step: a key, an index (its digits as written), or a syntax problem. */
export type Step =
  | readonly ['key', string, string]
  | readonly ['index', string, string]
  | readonly ['bad', string];

/**
 * Splits the first step off `S` (a path after its `$`): `['key', K, Rest]`, `['index', I, Rest]`,
 * or `['bad', Message]` for what a Reference Path may not hold (`..`, `*`, filters, slices, unions).
 */
export type FirstStep<S extends string> =
  S extends `['${infer K}']${infer R}` ? readonly ['key', K, R]
  : S extends `["${infer K}"]${infer R}` ? readonly ['key', K, R]
  : S extends `[${infer I}]${infer R}` ? (I extends `${bigint}` ? readonly ['index', I, R] : readonly ['bad', `'[${I}]' is not a key or an index`])
  : S extends `..${string}` ? readonly ['bad', "Deep scan '..' is not allowed in a reference path"]
  : S extends `.${infer D}` ? DotStep<D>
  : readonly ['bad', `Unexpected '${S}': expected '.key' or '[…]'`];

type DotStep<D extends string> =
  D extends `${infer N}[${infer R}` ? (N extends `${infer A}.${infer B}` ? DotName<A, `.${B}[${R}`> : DotName<N, `[${R}`>)
  : D extends `${infer A}.${infer B}` ? DotName<A, `.${B}`>
  : DotName<D, ''>;

type DotName<N extends string, R extends string> =
  N extends '*' ? readonly ['bad', "Wildcard '*' is not allowed in a reference path"]
  : N extends '' ? readonly ['bad', 'Empty key after \'.\'']
  : IsPlainKey<N> extends true ? readonly ['key', N, R]
  : readonly ['bad', `Key '${N}' needs bracket notation ['${N}']`];
