import type { MapJsonPathState } from '../../asl/index.js';
import { readPath } from '../../paths/evaluate.js';
import { pathScope, type DataScope } from '../data-flow.js';
import { isJsonObject } from '../../internal/json-object.js';
import { StatesRuntime } from '../errors.js';

/** A Map state's numbers, with their `*Path` variants resolved. */
export interface MapSettings {
  /** The values iterated: the array's items, or an object's property values. */
  readonly items: unknown[];
  /** When ItemsPath selected an object: its keys, in the order of `items`. */
  readonly keys?: readonly string[];
  /** 0 = no limit. */
  readonly maxConcurrency: number;
  readonly toleratedFailureCount: number | undefined;
  readonly toleratedFailurePercentage: number | undefined;
  /** Items per batch when ItemBatcher is set. */
  readonly batchSize: number | undefined;
}

/**
 * Reads ItemsPath and the numeric fields (literal or `*Path`) of a Map state, with AWS's errors.
 * ItemsPath may select an array or an object; an object is iterated pair by pair, in its key order.
 */
export function mapSettings(state: MapJsonPathState, effective: unknown, scope: DataScope): MapSettings {
  const read = (path: string): unknown => {
    const found = readPath(path, pathScope(effective, scope));
    if (!found.found) throw new StatesRuntime(`Invalid path '${path}' : No results for path: ${path}`);
    return found.value;
  };
  const selected = read(state.ItemsPath ?? '$');
  if (!Array.isArray(selected) && !isJsonObject(selected)) {
    throw new StatesRuntime(`Map state input must be an array but was: ${selected === null ? 'null' : typeof selected}`);
  }
  const keys = isJsonObject(selected) ? Object.keys(selected) : undefined;
  const items = isJsonObject(selected) ? Object.values(selected) : selected;
  const integer = (value: number | undefined, path: string | undefined, field: string): number | undefined => {
    if (path === undefined) return value;
    const found = asNumber(read(path), INTEGER_TEXT);
    if (found === undefined || !Number.isInteger(found)) {
      throw new StatesRuntime(`The ${field}Path field refers to value "${stringify(read(path))}" which is not a valid integer: ${path}`);
    }
    return found;
  };
  const percentage = (): number | undefined => {
    let value = state.ToleratedFailurePercentage;
    if (state.ToleratedFailurePercentagePath !== undefined) {
      const raw = read(state.ToleratedFailurePercentagePath);
      const found = asNumber(raw, DECIMAL_TEXT);
      if (found === undefined) {
        throw new StatesRuntime(`The ToleratedFailurePercentagePath field refers to value "${stringify(raw)}" which is not a valid float: ${state.ToleratedFailurePercentagePath}`);
      }
      value = found;
    }
    if (value !== undefined && (value < 0 || value > 100)) throw new StatesRuntime('ToleratedFailurePercentage must be between 0 and 100.');
    return value;
  };
  const batcher = state.ItemBatcher;
  return {
    items,
    ...(keys === undefined ? {} : { keys }),
    maxConcurrency: integer(state.MaxConcurrency, state.MaxConcurrencyPath, 'MaxConcurrency') ?? 0,
    toleratedFailureCount: integer(state.ToleratedFailureCount, state.ToleratedFailureCountPath, 'ToleratedFailureCount'),
    toleratedFailurePercentage: percentage(),
    batchSize: batcher === undefined ? undefined : (integer(batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, 'MaxItemsPerBatch') ?? Number.MAX_SAFE_INTEGER),
  };
}

// AWS reads a `*Path` number from a JSON number or from text that parses as one ("1" works).
const INTEGER_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function asNumber(value: unknown, text: RegExp): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && text.test(value.trim()) ? Number(value) : undefined;
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
