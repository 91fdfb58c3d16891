import type { JsonataAst } from './parse.js';
import { forEachNode } from './walk-ast.js';

/** JSONata's own functions and the ones AWS adds: `$name` calls that are not workflow variables. */
const FUNCTION_NAMES: ReadonlySet<string> = new Set([
  'sum', 'count', 'max', 'min', 'average', 'string', 'substring', 'substringBefore', 'substringAfter', 'lowercase',
  'uppercase', 'length', 'trim', 'pad', 'match', 'contains', 'replace', 'split', 'join', 'formatNumber', 'formatBase',
  'formatInteger', 'parseInteger', 'number', 'abs', 'floor', 'ceil', 'round', 'power', 'sqrt', 'random', 'boolean',
  'not', 'exists', 'map', 'zip', 'filter', 'single', 'reduce', 'sift', 'keys', 'lookup', 'append', 'sort', 'reverse',
  'shuffle', 'distinct', 'spread', 'merge', 'each', 'error', 'assert', 'type', 'base64encode', 'base64decode',
  'encodeUrlComponent', 'encodeUrl', 'decodeUrlComponent', 'decodeUrl', 'eval', 'now', 'millis', 'fromMillis',
  'toMillis', 'clone', 'partition', 'range', 'hash', 'uuid', 'parse',
]);

/**
 * The workflow variables an expression reads: every `$name` that is not `$states`, not a function
 * of JSONata or AWS, and not bound inside the expression (`$x := …`, a lambda's parameters).
 *
 * @example
 * import jsonata from 'jsonata';
 * variableReferences(jsonata('$sum($prices) + ($tax := 2; $tax) + $states.input.n').ast()); // Set { 'prices' }
 */
export function variableReferences(ast: JsonataAst): ReadonlySet<string> {
  const read = new Set<string>();
  const bound = new Set<string>();
  forEachNode(ast, (record) => {
    if (record['type'] === 'variable' && typeof record['value'] === 'string' && record['value'] !== '') read.add(record['value']);
    if (record['type'] === 'bind') bindName(record['lhs'], bound);
    if (record['type'] === 'lambda' && Array.isArray(record['arguments'])) for (const argument of record['arguments']) bindName(argument, bound);
  });
  // `$$` (the root, value `$`) is not a variable either.
  for (const name of read) if (name === 'states' || name === '$' || bound.has(name) || FUNCTION_NAMES.has(name)) read.delete(name);
  return read;
}

function bindName(node: unknown, bound: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  const { type, value } = node as Record<string, unknown>;
  if (type === 'variable' && typeof value === 'string') bound.add(value);
}
