import type { IntrinsicArg } from '../intrinsics/ast.js';
import { parseIntrinsic } from '../intrinsics/parse.js';
import { parsePath } from '../paths/syntax.js';

/** One step of a read path: a key, or `0` for any array index. */
export type Step = string | 0;

/** A last step saying the node must be an object (a `ResultPath` writes a key into it); never a key. */
export const OBJECT_MARK = '\u0000object';

/**
 * Where a read starts: the state's data, the execution input (read through `$$.Execution.Input`), or
 * a Map's item (`$$.Map.Item.Value`, in its `ItemSelector`).
 */
export interface Read {
  readonly from: 'data' | 'execution' | 'item';
  readonly steps: readonly Step[];
  /** False when the path goes on below `steps` with a wildcard, scan, slice or filter. */
  readonly whole: boolean;
}

/** `read` continued by `more` steps (a read that is not whole stays as it is: its node is `unknown`). */
export function below(read: Read, more: readonly Step[]): Read {
  return read.whole ? { ...read, steps: [...read.steps, ...more] } : read;
}

/**
 * The part of path `text` that names one node: its keys and indexes up to the first wildcard, scan,
 * slice or filter (below which the type stays `unknown`, so anything is accepted). `undefined` for a
 * path that is not a JSONPath or reads a variable or the context object (except `$$.Execution.Input`
 * and `$$.Map.Item.Value`).
 */
export function readOf(text: string): Read | undefined {
  const parsed = parsePath(text, 'path');
  if (!parsed.ok || parsed.root === 'variable') return undefined;
  const steps: Step[] = [];
  for (const segment of parsed.segments) {
    if (segment.kind === 'name') steps.push(segment.name);
    else if (segment.kind === 'index') steps.push(0);
    else break;
  }
  const whole = steps.length === parsed.segments.length;
  if (parsed.root === '$') return { from: 'data', steps, whole };
  if (steps[0] === 'Execution' && steps[1] === 'Input') return { from: 'execution', steps: steps.slice(2), whole };
  if (steps[0] === 'Map' && steps[1] === 'Item' && steps[2] === 'Value') return { from: 'item', steps: steps.slice(3), whole };
  return undefined;
}

/** The reads of a `.$` value or a `*Path` field: a path, or the path arguments of an intrinsic call. */
export function readsOfExpression(text: string): Read[] {
  if (text.startsWith('$')) {
    const read = readOf(text);
    return read ? [read] : [];
  }
  const parsed = parseIntrinsic(text);
  return parsed.ok ? parsed.call.args.flatMap(argumentReads) : [];
}

function argumentReads(arg: IntrinsicArg): Read[] {
  if (arg.kind === 'call') return arg.args.flatMap(argumentReads);
  if (arg.kind !== 'path') return [];
  const read = readOf(arg.text);
  return read ? [read] : [];
}

/** The reads of a JSONPath payload template (`Parameters`, `ResultSelector`), at any depth. */
export function templateReads(template: unknown): Read[] {
  if (Array.isArray(template)) return template.flatMap(templateReads);
  if (typeof template !== 'object' || template === null) return [];
  return Object.entries(template).flatMap(([key, value]) =>
    key.endsWith('.$') && typeof value === 'string' ? readsOfExpression(value) : templateReads(value),
  );
}

/**
 * Where `rest`, a path into what template `template` produces, comes from: the read it continues
 * (its source path followed by the rest), or nothing when it lands on a literal or an intrinsic's value.
 */
export function throughTemplate(template: unknown, rest: readonly Step[]): Read[] {
  const [first, ...more] = rest;
  if (first === undefined || typeof first !== 'string' || typeof template !== 'object' || template === null || Array.isArray(template)) return [];
  const entries = template as Record<string, unknown>;
  const dynamic = entries[`${first}.$`];
  if (typeof dynamic === 'string') {
    if (!dynamic.startsWith('$')) return [];
    const read = readOf(dynamic);
    return read ? [below(read, more)] : [];
  }
  return Object.hasOwn(entries, first) ? throughTemplate(entries[first], more) : [];
}
