import { parsePath } from './syntax.js';

/**
 * A path as Jayway JSONPath prints it in AWS's messages: `$['a']['b'][0]`. Paths with wildcards,
 * filters or other indefinite steps are returned as written.
 *
 * @example
 * normalizedPath('$.order.items[0]'); // "$['order']['items'][0]"
 */
export function normalizedPath(text: string): string {
  const parsed = parsePath(text, 'path');
  if (!parsed.ok || !parsed.definite) return text;
  const root = parsed.root === 'variable' ? `$${parsed.variable ?? ''}` : parsed.root;
  return root + parsed.segments.map((segment) => (segment.kind === 'name' ? `['${segment.name}']` : segment.kind === 'index' ? `[${String(segment.index)}]` : '')).join('');
}
