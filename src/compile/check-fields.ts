import type { z } from 'zod';
import { isJsonObject, jsonTypeName } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import type { Reporter } from './reporter.js';

/** A strict zod object whose `shape` maps each allowed field to its value schema. */
export interface FieldSchemas {
  readonly shape: Readonly<Record<string, z.ZodType>>;
}

/** The schema of `field`, or `undefined` when the object may not have it (`toString` and the like included). */
export function fieldSchema(schema: FieldSchemas, field: string): z.ZodType | undefined {
  return Object.hasOwn(schema.shape, field) ? schema.shape[field] : undefined;
}

const requiredCache = new WeakMap<FieldSchemas, readonly string[]>();

/** The fields of a schema that must be present. */
export function requiredFields(schema: FieldSchemas): readonly string[] {
  let required = requiredCache.get(schema);
  if (required === undefined) {
    required = Object.keys(schema.shape).filter((field) => !schema.shape[field]?.safeParse(undefined).success);
    requiredCache.set(schema, required);
  }
  return required;
}

/** Checks the value of `object[field]` against its schema, reporting each problem at the pointer where it lies. */
export function checkFieldValue(report: Reporter, schema: z.ZodType, value: unknown, objectPath: string, field: string): boolean {
  const result = schema.safeParse(value);
  if (result.success) return true;
  const fieldPath = pointer(objectPath, field);
  for (const issue of result.error.issues) reportIssue(report, issue, value, fieldPath, field);
  return false;
}

/** Reports missing required fields of an object, AWS style: one diagnostic at the object naming them. */
export function checkRequired(report: Reporter, schema: FieldSchemas, object: Record<string, unknown>, path: string): void {
  const missing = requiredFields(schema).filter((field) => object[field] === undefined);
  if (missing.length > 0) report.schema(path, `These fields are required: [${missing.join(', ')}]`);
}

type Issue = z.core.$ZodIssue;

function reportIssue(report: Reporter, issue: Issue, root: unknown, fieldPath: string, field: string): void {
  let path = fieldPath;
  let parent: unknown = undefined;
  let value = root;
  let name = field;
  for (const key of issue.path) {
    parent = value;
    value = isJsonObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    path = pointer(path, String(key));
    if (typeof key === 'string') name = key;
  }
  if (issue.code === 'invalid_type' && value === undefined && parent !== undefined) {
    report.schema(path.slice(0, path.lastIndexOf('/')), `The field '${name}' is required but was missing`);
    return;
  }
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) report.schema(path, `Field '${key}' is not supported`);
    return;
  }
  if (issue.code === 'invalid_union') {
    const branch = closestBranch(issue.errors);
    if (branch !== undefined) {
      for (const inner of branch) reportIssue(report, { ...inner, path: [...issue.path, ...inner.path] }, root, fieldPath, field);
      return;
    }
  }
  report.schema(path, messageFor(issue, name, value));
}

/** For a value that matched no branch of a union, the branch it came closest to (the deepest issue). */
function closestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestDepth = 0;
  for (const branch of branches) {
    const depth = Math.max(0, ...branch.map((issue) => (issue.code === 'invalid_type' ? 0 : 1) + issue.path.length));
    if (depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

function messageFor(issue: Issue, name: string, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected value of type [${issue.expected.toUpperCase()}] for '${name}', got ${jsonTypeName(value)}`;
    case 'too_small':
      return isDefaultMessage(issue.message) ? `Minimum value is ${String(issue.minimum)}` : issue.message;
    case 'too_big':
      return isDefaultMessage(issue.message) ? `Maximum value is ${String(issue.maximum)}` : issue.message;
    case 'invalid_value':
      return `Value should be one of the following: [${issue.values.map(String).join(', ')}]`;
    case 'invalid_union':
      return `The value of '${name}' has an invalid type (${jsonTypeName(value)})`;
    default:
      return isDefaultMessage(issue.message) ? `The value of '${name}' is invalid` : issue.message;
  }
}

function isDefaultMessage(message: string): boolean {
  return /^(Invalid|Too (small|big))\b/.test(message);
}
