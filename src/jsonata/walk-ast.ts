import type { JsonataAst } from './parse.js';

/**
 * Calls `visit` on every node of a jsonata syntax tree, each node before its children. The walk is
 * iterative (deep trees must not overflow the stack) and does not descend into a node's `value`.
 */
export function forEachNode(ast: JsonataAst, visit: (node: Readonly<Record<string, unknown>>) => void): void {
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
      continue;
    }
    const record = node as Record<string, unknown>;
    visit(record);
    for (const key in record) if (key !== 'value') stack.push(record[key]);
  }
}
