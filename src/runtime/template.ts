import { evaluateIntrinsic, intrinsicArgumentNotFound } from '../intrinsics/evaluate.js';
import { looksLikeIntrinsic } from '../intrinsics/functions.js';
import { isJsonObject } from '../internal/json-object.js';
import { readPath, type PathScope } from '../paths/evaluate.js';
import { StatesRuntime } from './errors.js';
import type { RandomSource } from './random.js';

/**
 * Evaluates a JSONPath payload template: a `key.$` takes the value of its path or intrinsic (the
 * key loses its `.$`), every other value is copied, objects and arrays recursively.
 */
export function evaluateTemplate(template: unknown, scope: PathScope, random: RandomSource): unknown {
  if (Array.isArray(template)) return template.map((item) => evaluateTemplate(item, scope, random));
  if (!isJsonObject(template)) return template;
  const out: Record<string, unknown> = {};
  for (const key in template) {
    const value = template[key];
    if (key.endsWith('.$') && typeof value === 'string') {
      out[key.slice(0, -2)] = evaluateDynamic(value, scope, random, key);
    } else {
      out[key] = evaluateTemplate(value, scope, random);
    }
  }
  return out;
}

/** The value of one `key.$` entry: an intrinsic call or a path that must select something. */
export function evaluateDynamic(text: string, scope: PathScope, random: RandomSource, key: string): unknown {
  if (looksLikeIntrinsic(text)) {
    return evaluateIntrinsic(text, { readPath: (path) => readArgument(path, scope), random });
  }
  return readOrFail(text, scope, key);
}

function readArgument(path: string, scope: PathScope): unknown {
  const read = readPath(path, scope);
  if (read.found) return read.value;
  throw intrinsicArgumentNotFound(path, scope.input);
}

function readOrFail(path: string, scope: PathScope, key: string): unknown {
  const read = readPath(path, scope);
  if (read.found) return read.value;
  throw new StatesRuntime(`The JSONPath '${path}' specified for the field '${key}' could not be found in the input '${JSON.stringify(scope.input)}'`);
}
