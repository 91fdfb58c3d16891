import { CONTAINER_FIELDS } from '../asl/index.js';
import { didYouMean } from '../internal/suggest.js';
import { checkFieldValue, checkRequired, fieldSchema, type FieldSchemas } from './check-fields.js';
import { checkScope } from './check-scope.js';
import type { CheckContext } from './context.js';

const SCOPE_FIELDS: ReadonlySet<string> = new Set(['States', ...CONTAINER_FIELDS]);
/** AWS documents TOO_DEEPLY_NESTED without a figure; this bound only guards against runaway input. */
export const MAX_NESTING_DEPTH = 40;

/** Reports a Parallel or Map state whose scopes would nest deeper than {@link MAX_NESTING_DEPTH}. */
export function tooDeep(ctx: CheckContext, statePath: string, depth: number): boolean {
  if (depth < MAX_NESTING_DEPTH) return false;
  ctx.report.error('TOO_DEEPLY_NESTED', statePath, `Parallel and Map states are nested more than ${MAX_NESTING_DEPTH} levels deep`);
  return true;
}

/**
 * Checks an object that holds a scope (the machine, a branch, a Map processor): its own fields against
 * `schema`, then the scope itself. `States` is walked by {@link checkScope}, never by the schema.
 */
export function checkContainer(ctx: CheckContext, schema: FieldSchemas, object: Record<string, unknown>, path: string, depth: number): void {
  checkRequired(ctx.report, schema, object, path);
  for (const [field, value] of Object.entries(object)) {
    const valueSchema = fieldSchema(schema, field);
    if (valueSchema === undefined) ctx.report.schema(path, `Field '${field}' is not supported${didYouMean(field, Object.keys(schema.shape))}`);
    else if (!SCOPE_FIELDS.has(field)) checkFieldValue(ctx.report, valueSchema, value, path, field);
  }
  checkScope(ctx, object, path, depth);
}
