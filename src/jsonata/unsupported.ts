import type { JsonataAst } from './parse.js';

type AstRecord = Record<string, unknown>;

/**
 * The references AWS refuses in a JSONata expression: a field name read at the top level
 * (`{% phone %}`: there is no implicit input, use `$states.input.phone`) and `$$`.
 * One entry per distinct reference, in the words AWS uses. Never throws; deep trees are walked iteratively.
 *
 * @example
 * unsupportedReferences(jsonata('phone & $states.input.name').ast());
 * // ["Reference to 'phone' at the top level is not supported."]
 */
export function unsupportedReferences(ast: JsonataAst): string[] {
  const names = new Set<string>();
  let rootContext = false;
  const stack: { node: unknown; rooted: boolean }[] = [{ node: ast, rooted: true }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, rooted } = item;
    if (Array.isArray(node)) {
      for (const child of node) stack.push({ node: child, rooted });
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as AstRecord;
    if (record.type === 'variable' && record.value === '$') rootContext = true;
    if (record.type === 'path' && Array.isArray(record.steps)) {
      record.steps.forEach((step: unknown, index) => {
        const head = index === 0 && rooted;
        if (head && isName(step)) names.add(step.value);
        // Inside a path, later steps and every predicate read the current item, not the top level.
        stack.push({ node: step, rooted: head && !isName(step) });
      });
      pushChildren(stack, record, false, ['steps']);
      continue;
    }
    if (record.type === 'name') {
      pushChildren(stack, record, false, []);
      continue;
    }
    pushChildren(stack, record, record.type === 'lambda' ? false : rooted, []);
  }
  const messages = [...names].map((name) => `Reference to '${name}' at the top level is not supported.`);
  if (rootContext) messages.push("Reference to '$$' is not supported.");
  return messages;
}

function isName(node: unknown): node is { type: 'name'; value: string } {
  return typeof node === 'object' && node !== null && (node as AstRecord).type === 'name' && typeof (node as AstRecord).value === 'string';
}

function pushChildren(stack: { node: unknown; rooted: boolean }[], record: AstRecord, rooted: boolean, skip: readonly string[]): void {
  for (const key in record) {
    if (key === 'value' || key === 'position' || key === 'type' || skip.includes(key)) continue;
    const child = record[key];
    if (typeof child === 'object' && child !== null) stack.push({ node: child, rooted });
  }
}
