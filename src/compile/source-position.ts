import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { pointerTokens } from '../internal/json-pointer.js';
import { lineAndColumn } from './parse-definition.js';

/** A 1-based position in a source text. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Maps JSON pointers of one definition text to line and column, parsing the text once. */
export function sourceLocator(text: string): (path: string) => SourcePosition {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true });
  if (root === undefined || errors.length > 0) {
    const offset = errors[0]?.offset ?? 0;
    return () => lineAndColumn(text, offset);
  }
  return (path) => lineAndColumn(text, offsetOf(root, path));
}

/** The offset of the deepest node the pointer reaches: a property's key where the pointer names a property. */
function offsetOf(root: Node, path: string): number {
  const tokens: (string | number)[] = [];
  let best = root;
  for (const token of pointerTokens(path)) {
    const parent = findNodeAtLocation(root, tokens);
    tokens.push(parent?.type === 'array' && /^\d+$/.test(token) ? Number(token) : token);
    const node = findNodeAtLocation(root, tokens);
    if (node === undefined) break;
    best = node.parent?.type === 'property' ? node.parent : node;
  }
  return best.offset;
}
