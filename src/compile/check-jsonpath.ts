import { checkIntrinsic, looksLikeIntrinsic } from '../intrinsics/functions.js';
import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { parsePath } from '../paths/syntax.js';
import type { CheckContext } from './context.js';

/** How a JSONPath-mode field's value is read at run time. */
type FieldRule = 'path' | 'reference' | 'result-path' | 'reference-or-intrinsic' | 'template' | 'static-result';

const FIELD_RULES: Readonly<Record<string, FieldRule>> = {
  InputPath: 'path',
  OutputPath: 'path',
  ItemsPath: 'reference',
  ResultPath: 'result-path',
  Parameters: 'template',
  ResultSelector: 'template',
  ItemSelector: 'template',
  Assign: 'template',
  Credentials: 'template',
  BatchInput: 'template',
  Result: 'static-result',
  SecondsPath: 'reference',
  TimestampPath: 'reference',
  TimeoutSecondsPath: 'reference',
  HeartbeatSecondsPath: 'reference',
  MaxConcurrencyPath: 'reference',
  ToleratedFailureCountPath: 'reference',
  ToleratedFailurePercentagePath: 'reference',
  MaxItemsPerBatchPath: 'reference',
  MaxInputBytesPerBatchPath: 'reference',
  MaxItemsPath: 'reference',
  ErrorPath: 'reference-or-intrinsic',
  CausePath: 'reference-or-intrinsic',
};

/** Objects inside a state whose fields follow the same rules. */
const NESTED_OBJECTS = ['ItemReader', 'ReaderConfig', 'ResultWriter', 'ItemBatcher'] as const;

/** Checks the path, template and intrinsic syntax of a JSONPath state's fields (and of its nested objects). */
export function checkJsonPathFields(ctx: CheckContext, object: Record<string, unknown>, path: string): void {
  for (const field in object) {
    const rule = Object.hasOwn(FIELD_RULES, field) ? FIELD_RULES[field] : undefined;
    if (rule !== undefined) checkField(ctx, rule, object[field], pointer(path, field), field);
  }
  for (const field of NESTED_OBJECTS) {
    const nested = object[field];
    if (isJsonObject(nested)) checkJsonPathFields(ctx, nested, pointer(path, field));
  }
}

/** Warns where a plain field holds what looks like a path (AWS's NO_PATH), e.g. a Fail `Error` of `$.error`. */
export function warnPathInPlainField(ctx: CheckContext, value: unknown, path: string, field: string): void {
  if (typeof value === 'string' && value.startsWith('$') && parsePath(value, 'path').ok) {
    ctx.report.warning('NO_PATH', path, `The value of '${field}' looks like a path, but the field name does not end with 'Path'`);
  }
}

function checkField(ctx: CheckContext, rule: FieldRule, value: unknown, path: string, field: string): void {
  if (rule === 'template') {
    checkTemplate(ctx, value, path, path);
  } else if (rule === 'static-result') {
    warnStaticResult(ctx, value, path);
  } else if (typeof value === 'string') {
    checkPathValue(ctx, rule, value, path, field);
  }
}

/** Checks a path-valued field; `null` and other types are the schema's business. */
function checkPathValue(ctx: CheckContext, rule: FieldRule, value: string, path: string, field: string): void {
  if (rule === 'reference-or-intrinsic' && looksLikeIntrinsic(value)) {
    const intrinsic = checkIntrinsic(value);
    if (!intrinsic.ok) ctx.report.schema(path, `The value for the field '${field}' must be a valid intrinsic function call: ${intrinsic.message}`);
    return;
  }
  const parsed = parsePath(value, rule === 'path' ? 'path' : 'reference');
  if (!parsed.ok) {
    const kind = rule === 'path' ? 'a valid JSONPath' : 'a valid reference path';
    ctx.report.schema(path, `The value for the field '${field}' must be ${kind}: ${parsed.message}`);
  } else if (rule === 'result-path' && parsed.root !== '$') {
    ctx.report.schema(path, `The value for the field '${field}' must be a reference path into the state input (starting with '$'), not into ${parsed.root === '$$' ? 'the context object' : 'a variable'}`);
  }
}

/** Checks a payload template: every `key.$` holds a path or an intrinsic; a plain key holding one gets NO_DOLLAR. */
function checkTemplate(ctx: CheckContext, value: unknown, path: string, fieldPath: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkTemplate(ctx, item, pointer(path, index), fieldPath);
    });
    return;
  }
  if (!isJsonObject(value)) return;
  for (const [key, entry] of Object.entries(value)) {
    const entryPath = pointer(path, key);
    if (key.endsWith('.$')) {
      checkDynamicValue(ctx, key, entry, fieldPath);
    } else if (typeof entry === 'string') {
      if (isDynamicLooking(entry)) {
        ctx.report.warning('NO_DOLLAR', entryPath, `The value of '${key}' looks like a JSONPath or intrinsic function, but the key does not end with '.$'`);
      }
    } else {
      checkTemplate(ctx, entry, entryPath, fieldPath);
    }
  }
}

function checkDynamicValue(ctx: CheckContext, key: string, value: unknown, fieldPath: string): void {
  const problem = dynamicValueProblem(value);
  if (problem !== undefined) {
    ctx.report.schema(fieldPath, `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call: ${problem}`);
  }
}

function dynamicValueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `expected a string, got ${value === null ? 'null' : typeof value}`;
  if (looksLikeIntrinsic(value)) {
    const intrinsic = checkIntrinsic(value);
    return intrinsic.ok ? undefined : intrinsic.message;
  }
  const parsed = parsePath(value, 'path');
  return parsed.ok ? undefined : parsed.message;
}

function isDynamicLooking(value: string): boolean {
  if (looksLikeIntrinsic(value)) return checkIntrinsic(value).ok;
  return (value.startsWith('$.') || value.startsWith('$$.') || value.startsWith('$[')) && parsePath(value, 'path').ok;
}

function warnStaticResult(ctx: CheckContext, value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      warnStaticResult(ctx, item, pointer(path, index));
    });
  } else if (isJsonObject(value)) {
    for (const [key, entry] of Object.entries(value)) {
      const entryPath = pointer(path, key);
      if (key.endsWith('.$')) {
        ctx.report.warning('PASS_RESULT_IS_STATIC', entryPath, `'Result' is static: the key '${key}' is not evaluated as a path (use 'Parameters' for dynamic values)`);
      }
      warnStaticResult(ctx, entry, entryPath);
    }
  }
}
