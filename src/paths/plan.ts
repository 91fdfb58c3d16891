import { StatesRuntime } from '../runtime/errors.js';
import type { PathRoot, PathSegment } from './segment.js';
import { parsePath } from './syntax.js';

/**
 * How to evaluate one path text, computed once per distinct text.
 *
 * - `steps`: names (strings) and indexes (numbers) only; selects at most one node.
 * - `merge`: `steps`, then a final union of names (`$.a['x','y']`), which Jayway reads as one object
 *   holding those keys (a definite path).
 * - `select`: anything else (wildcard, scan, slice, index union, filter); yields an array of matches.
 */
export type PathPlan =
  | { readonly mode: 'steps'; readonly root: PathRoot; readonly variable: string; readonly steps: readonly PathStep[] }
  | {
      readonly mode: 'merge';
      readonly root: PathRoot;
      readonly variable: string;
      readonly steps: readonly PathStep[];
      readonly names: readonly string[];
    }
  | { readonly mode: 'select'; readonly root: PathRoot; readonly variable: string; readonly segments: readonly PathSegment[] };

/** A definite step: an object key, or an array index (negative counts from the end). */
export type PathStep = string | number;

const MAX_PLANS = 2048;
const plans = new Map<string, PathPlan>();

/** The plan of a path text, cached. Throws `StatesRuntime` for text that is not a JSONPath. */
export function planPath(text: string): PathPlan {
  const cached = plans.get(text);
  if (cached !== undefined) return cached;
  const plan = buildPlan(text);
  if (plans.size >= MAX_PLANS) {
    // Oldest first: a Map iterates in insertion order.
    for (const key of plans.keys()) {
      plans.delete(key);
      break;
    }
  }
  plans.set(text, plan);
  return plan;
}

function buildPlan(text: string): PathPlan {
  const parsed = parsePath(text, 'path');
  if (!parsed.ok) throw new StatesRuntime(`Invalid path '${text}': ${parsed.message}`);
  const { root, segments } = parsed;
  const variable = parsed.variable ?? '';
  const steps: PathStep[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as PathSegment;
    if (segment.kind === 'name') steps.push(segment.name);
    else if (segment.kind === 'index') steps.push(segment.index);
    else if (segment.kind === 'names' && i === segments.length - 1) return { mode: 'merge', root, variable, steps, names: segment.names };
    else return { mode: 'select', root, variable, segments };
  }
  return { mode: 'steps', root, variable, steps };
}
