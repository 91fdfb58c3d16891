import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { checkErrorEquals } from './check-error-names.js';
import { checkJsonPathFields } from './check-jsonpath.js';
import type { CheckContext, QueryLanguage } from './context.js';

/** `States.ALL` rules and error names of Retry and Catch, and the JSONPath fields of catchers. */
export function checkRetryAndCatch(ctx: CheckContext, state: Record<string, unknown>, path: string, language: QueryLanguage): void {
  for (const field of ['Retry', 'Catch'] as const) {
    const list = state[field];
    if (!Array.isArray(list)) continue;
    const listPath = pointer(path, field);
    list.forEach((entry, index) => {
      if (!isJsonObject(entry)) return;
      const entryPath = pointer(listPath, index);
      checkStatesAll(ctx, entry.ErrorEquals, entryPath, index === list.length - 1, field);
      checkErrorEquals(ctx, entry.ErrorEquals, pointer(entryPath, 'ErrorEquals'));
      if (field === 'Catch' && language === 'JSONPath') checkJsonPathFields(ctx, entry, entryPath);
    });
  }
}

function checkStatesAll(ctx: CheckContext, errorEquals: unknown, entryPath: string, isLast: boolean, field: 'Retry' | 'Catch'): void {
  if (!Array.isArray(errorEquals) || !errorEquals.includes('States.ALL')) return;
  if (errorEquals.length > 1) {
    ctx.report.schema(pointer(entryPath, 'ErrorEquals'), "'States.ALL' must appear alone in 'ErrorEquals'");
  }
  if (!isLast) {
    const entry = field === 'Retry' ? 'retrier' : 'catcher';
    ctx.report.schema(pointer(entryPath, 'ErrorEquals'), `A ${entry} with 'States.ALL' must be the last one in '${field}'`);
  }
}
