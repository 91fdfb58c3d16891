import { filterAccepts, filterItems } from './filter-match.js';
import type { PathSegment } from './segment.js';

type JsonMap = Record<string, unknown>;

/**
 * Every node an indefinite path selects from `root`, in Jayway's order (document order, a deep
 * scan visiting a node before its descendants). Missing keys, indexes out of range and steps that
 * do not apply to a node's type select nothing; they are not errors.
 */
export function selectAll(root: unknown, segments: readonly PathSegment[]): unknown[] {
  let nodes: unknown[] = [root];
  let scanned = false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as PathSegment;
    if (segment.kind === 'scan') {
      nodes = descendants(nodes);
      scanned = true;
      continue;
    }
    const leaf = i === segments.length - 1;
    const next: unknown[] = [];
    for (const node of nodes) applySegment(node, segment, leaf, scanned, next);
    nodes = next;
    scanned = false;
  }
  return nodes;
}

function applySegment(node: unknown, segment: PathSegment, leaf: boolean, scanned: boolean, out: unknown[]): void {
  switch (segment.kind) {
    case 'name':
      if (isMap(node) && Object.hasOwn(node, segment.name)) out.push(node[segment.name]);
      return;
    case 'names':
      if (isMap(node)) pushNames(node, segment.names, leaf, out);
      return;
    case 'index':
      if (Array.isArray(node)) pushIndex(node, segment.index, out);
      return;
    case 'indexes':
      if (Array.isArray(node)) for (const index of segment.indexes) pushIndex(node, index, out);
      return;
    case 'slice':
      if (Array.isArray(node)) pushSlice(node, segment.start, segment.end, out);
      return;
    case 'wildcard':
      if (Array.isArray(node)) for (const item of node) out.push(item);
      else if (isMap(node)) for (const key of Object.keys(node)) out.push(node[key]);
      return;
    case 'filter':
      pushFiltered(node, segment.expression, scanned, out);
      return;
    case 'scan':
      return; // handled by selectAll
  }
}

/** `['a','b']`: as the last step, one object with the keys found; otherwise each value in turn. */
function pushNames(node: JsonMap, names: readonly string[], leaf: boolean, out: unknown[]): void {
  if (leaf) {
    out.push(pickKeys(node, names));
    return;
  }
  for (const name of names) if (Object.hasOwn(node, name)) out.push(node[name]);
}

/** A new object holding the keys of `names` that `node` has, in the order of `names`. */
export function pickKeys(node: JsonMap, names: readonly string[]): JsonMap {
  const picked: JsonMap = {};
  for (const name of names) {
    if (Object.hasOwn(node, name)) Object.defineProperty(picked, name, { value: node[name], enumerable: true, writable: true, configurable: true });
  }
  return picked;
}

function pushIndex(array: readonly unknown[], index: number, out: unknown[]): void {
  const at = index < 0 ? array.length + index : index;
  if (at >= 0 && at < array.length) out.push(array[at]);
}

/** Jayway's slice rules: `[from:]`, `[:to]` (negative bounds count from the end) and `[from:to]`. */
function pushSlice(array: readonly unknown[], start: number | undefined, end: number | undefined, out: unknown[]): void {
  const length = array.length;
  if (length === 0) return;
  if (end === undefined) {
    const from = Math.max(0, start === undefined ? 0 : start < 0 ? length + start : start);
    for (let i = from; i < length; i++) out.push(array[i]);
    return;
  }
  if (start === undefined) {
    const to = Math.min(length, end < 0 ? length + end : end);
    for (let i = 0; i < to; i++) out.push(array[i]);
    return;
  }
  // Jayway normalises only each index here, so a negative start wraps element by element.
  const to = Math.min(length, end);
  for (let i = start; i < to; i++) pushIndex(array, i, out);
}

/**
 * `[?(…)]`: on an array, the elements the filter accepts; on an object, the object itself if
 * accepted. After `..`, only objects are tested (Jayway never tests an array's own value there).
 */
function pushFiltered(node: unknown, expression: string, scanned: boolean, out: unknown[]): void {
  if (isMap(node)) {
    if (filterAccepts(node, expression)) out.push(node);
  } else if (Array.isArray(node) && !scanned) {
    for (const item of filterItems(node, expression)) out.push(item);
  }
}

/**
 * Each container node and all container nodes below it, depth first, a node before its children.
 * Iterative, so a deeply nested document cannot overflow the stack.
 */
function descendants(nodes: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  const stack: unknown[] = [];
  for (let n = nodes.length - 1; n >= 0; n--) stack.push(nodes[n]);
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      out.push(node);
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (isMap(node)) {
      out.push(node);
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push(node[keys[i] as string]);
    }
  }
  return out;
}

function isMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
