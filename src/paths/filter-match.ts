import { JSONPath } from 'jsonpath-plus';
import { StatesRuntime } from '../runtime/errors.js';

/**
 * The elements of `items` that the filter expression (the text inside `[?( … )]`) accepts, in order.
 * jsonpath-plus evaluates the expression with its safe evaluator, never native `eval`; an error while
 * evaluating one element (`@.a.b` where `a` is missing) rejects that element, as Jayway does.
 */
export function filterItems(items: readonly unknown[], expression: string): unknown[] {
  if (items.length === 0) return [];
  let matches: unknown;
  try {
    matches = JSONPath({ path: `$[?(${expression})]`, json: items, wrap: true, eval: 'safe', ignoreEvalErrors: true });
  } catch (error) {
    // A syntax the safe evaluator does not support (Jayway's `in`, `=~`, …).
    const reason = error instanceof Error ? error.message : String(error);
    throw new StatesRuntime(`Unsupported filter expression '${expression}': ${reason}`);
  }
  return Array.isArray(matches) ? (matches as unknown[]) : [];
}

/** True when the filter accepts `value` itself (Jayway applies a filter on an object to that object). */
export function filterAccepts(value: unknown, expression: string): boolean {
  return filterItems([value], expression).length === 1;
}
