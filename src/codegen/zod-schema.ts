import type { PathSet } from './demand.js';
import { OBJECT_MARK, type Step } from './read-paths.js';
import { printValue, Code, type Printable } from './source-text.js';

/** The nodes that read paths pass through: keys of objects, elements of arrays. */
interface Shape {
  readonly keys: Map<string, Shape>;
  element: Shape | undefined;
  /** A key is written into it: an object even when no key is read. */
  object: boolean;
}

const newShape = (): Shape => ({ keys: new Map(), element: undefined, object: false });

function shapeOf(paths: PathSet): Shape {
  const root = newShape();
  for (const steps of paths.values()) {
    let node = root;
    for (const step of steps) {
      if (step === OBJECT_MARK) node.object = true;
      else node = child(node, step);
    }
  }
  return root;
}

function child(node: Shape, step: Step): Shape {
  if (step === 0) return (node.element ??= newShape());
  let next = node.keys.get(step);
  if (!next) node.keys.set(step, (next = newShape()));
  return next;
}

/**
 * The zod schema (source code) of a value whose read paths are `paths`: an object with each read key
 * (sorted; `z.unknown()` at the leaves), arrays where a path indexes. The root is always an object or array,
 * never a bare `z.unknown()` that no path could be checked against.
 */
export function schemaFromPaths(paths: PathSet): string {
  const shape = shapeOf(paths);
  return shape.keys.size === 0 && shape.element ? fromShape(shape) : objectCode(shape, undefined);
}

/**
 * The zod schema (source code) of values like `sample`: strings, numbers, booleans, `null`, arrays
 * of the union of their elements' types, objects (keys missing from some elements of an array
 * optional); keys that `paths` reads but the sample lacks are added as `z.unknown()`.
 */
export function schemaFromSample(sample: unknown, paths: PathSet): string {
  return fromSample(sample, shapeOf(paths));
}

function fromShape(shape: Shape): string {
  if (shape.keys.size > 0 || shape.object) return objectCode(shape, undefined);
  if (shape.element) return `z.array(${fromShape(shape.element)})`;
  return 'z.unknown()';
}

function objectCode(shape: Shape | undefined, sample: Record<string, unknown> | undefined, optional: ReadonlySet<string> = new Set()): string {
  const fields = Object.create(null) as Record<string, Printable>; // no prototype: a `__proto__` key stays a key
  for (const [key, value] of Object.entries(sample ?? {})) {
    const code = fromSample(value, shape?.keys.get(key));
    fields[key] = new Code(optional.has(key) ? `${code}.optional()` : code);
  }
  const read = [...(shape?.keys ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, below] of read) if (!sample || !Object.hasOwn(sample, key)) fields[key] = new Code(fromShape(below));
  // No key known: `z.object({})` would be `Record<string, never>`, which no key can be written into or loop back to.
  if (Object.keys(fields).length === 0) return 'z.looseObject({})';
  return `z.object(${printValue(fields)})`;
}

function fromSample(sample: unknown, shape: Shape | undefined): string {
  if (sample === null) return 'z.null()';
  if (typeof sample === 'string') return 'z.string()';
  if (typeof sample === 'number') return 'z.number()';
  if (typeof sample === 'boolean') return 'z.boolean()';
  if (Array.isArray(sample)) return `z.array(${elementCode(sample, shape?.element)})`;
  if (typeof sample === 'object') return objectCode(shape, sample as Record<string, unknown>);
  return shape ? fromShape(shape) : 'z.unknown()';
}

/** One schema for every element: objects merged (keys not in every element optional), else a union. */
function elementCode(items: readonly unknown[], shape: Shape | undefined): string {
  if (items.length === 0) return shape ? fromShape(shape) : 'z.unknown()';
  const objects = items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item));
  if (objects.length === items.length) {
    const merged = Object.fromEntries(objects.toReversed().flatMap((o) => Object.entries(o)));
    const optional = new Set(Object.keys(merged).filter((key) => !objects.every((o) => Object.hasOwn(o, key))));
    return objectCode(shape, merged, optional);
  }
  const codes = [...new Set(items.map((item) => fromSample(item, shape)))];
  return codes.length === 1 ? (codes[0] as string) : `z.union([${codes.join(', ')}])`;
}
