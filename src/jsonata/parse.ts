import jsonata from 'jsonata';
import { statesReferences } from './states-references.js';

/** The outcome of {@link parseJsonata}. `position` is where jsonata stopped, as an offset into the body. */
export type JsonataParseResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly message: string; readonly position?: number; readonly code?: string };

/** A jsonata syntax tree node, as `jsonata(expr).ast()` returns it. */
export type JsonataAst = jsonata.ExprNode;

interface Entry {
  readonly result: JsonataParseResult;
  readonly ast?: JsonataAst;
  fields?: ReadonlySet<string>;
}

// Distinct expressions kept; the oldest is dropped beyond this.
const CACHE_LIMIT = 2000;
const cache = new Map<string, Entry>();
const OK: JsonataParseResult = Object.freeze({ ok: true });
const STATES_MEMBER = /\$states\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Checks that a JSONata expression (the body of `{% … %}`) parses with jsonata 2.0.6, the version
 * AWS runs. An empty or blank body is refused, as AWS does. Results are cached by text. Never throws.
 *
 * @example
 * parseJsonata(' $states.input.a + 1 '); // { ok: true }
 * parseJsonata(' 1 + ');                 // { ok: false, message: 'Unexpected end of expression', position: 4, code: 'S0207' }
 */
export function parseJsonata(body: string): JsonataParseResult {
  return entry(body).result;
}

/** The syntax tree of a body that parses (cached with {@link parseJsonata}), else `undefined`. */
export function jsonataAst(body: string): JsonataAst | undefined {
  return entry(body).ast;
}

/**
 * The `$states.<name>` members a JSONata body reads (`input`, `result`, `errorOutput`, `context`,
 * or any other name written), from its syntax tree; a body that does not parse is scanned as text.
 * Use `statesReferences` on {@link jsonataAst} to also learn whether `$states` is used whole.
 *
 * @example
 * referencedStatesFields(' $states.result.Payload '); // Set { 'result' }
 */
export function referencedStatesFields(body: string): ReadonlySet<string> {
  const found = entry(body);
  if (found.fields !== undefined) return found.fields;
  if (found.ast !== undefined) {
    found.fields = statesReferences(found.ast).fields;
  } else {
    const fields = new Set<string>();
    for (const match of body.matchAll(STATES_MEMBER)) if (match[1] !== undefined) fields.add(match[1]);
    found.fields = fields;
  }
  return found.fields;
}

function entry(body: string): Entry {
  const cached = cache.get(body);
  if (cached !== undefined) return cached;
  const fresh = compile(body);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(body, fresh);
  return fresh;
}

function compile(body: string): Entry {
  if (body.trim().length === 0) {
    return { result: Object.freeze({ ok: false, message: 'JSONata expression is empty', position: 0 }) };
  }
  try {
    return { result: OK, ast: jsonata(body).ast() };
  } catch (error) {
    return { result: Object.freeze(describe(error)) };
  }
}

/** Reads jsonata's error fields (`message`, `position`, `code`) from whatever was thrown. */
function describe(error: unknown): JsonataParseResult {
  if (typeof error !== 'object' || error === null) return { ok: false, message: String(error) };
  const { message, position, code } = error as { message?: unknown; position?: unknown; code?: unknown };
  return {
    ok: false,
    message: typeof message === 'string' && message.length > 0 ? message : 'Invalid JSONata expression',
    ...(typeof position === 'number' ? { position } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}
