/** Which grammar a path field uses: a full JSONPath, or a Reference Path that names one node. */
export type PathKind = 'path' | 'reference';

/** Where a path starts: the state's data (`$`), the context object (`$$`) or a workflow variable (`$name`). */
export type PathRoot = '$' | '$$' | 'variable';

/**
 * One step of a parsed path, applied left to right.
 *
 * - `name`: `.key` or `['key']` (bracket names are kept as written between the quotes,
 *   backslashes included, as AWS reads them).
 * - `index`: `[2]`, `[-1]` (negative counts from the end).
 * - `wildcard`: `.*` or `[*]`.
 * - `scan`: `..`; the next segment applies to the node and all its descendants.
 * - `names` / `indexes`: unions `['a','b']` / `[0,1]`.
 * - `slice`: `[start:end]`, either bound optional.
 * - `filter`: `[?(expression)]`, the text between the parentheses.
 *
 * @example
 * const s: PathSegment = { kind: 'name', name: 'orders' };
 */
export type PathSegment =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'scan' }
  | { readonly kind: 'names'; readonly names: readonly string[] }
  | { readonly kind: 'indexes'; readonly indexes: readonly number[] }
  | { readonly kind: 'slice'; readonly start?: number; readonly end?: number }
  | { readonly kind: 'filter'; readonly expression: string };

/** A path that parsed. */
export interface ParsedPath {
  readonly ok: true;
  readonly root: PathRoot;
  /** The variable's name (without `$`), only when `root` is `'variable'`. */
  readonly variable?: string;
  readonly segments: readonly PathSegment[];
  /** True when every segment is a `name` or an `index`, so the path selects at most one node. */
  readonly definite: boolean;
}

/** Why a path did not parse, and where (a UTF-16 offset into the text). */
export interface PathSyntaxError {
  readonly ok: false;
  readonly message: string;
  readonly offset: number;
}

/** The outcome of `parsePath`. */
export type PathParseResult = ParsedPath | PathSyntaxError;
