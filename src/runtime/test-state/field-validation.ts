import type { State } from '../../asl/index.js';
import { parseResource } from '../../integrations/index.js';
import { SERVICE_SHAPES, type Shape } from './service-shapes.js';
import { validationError } from './test-state-error.js';
import type { FieldValidationMode, TestStateMock } from './types.js';

/**
 * Checks a Task's mocked result against its service action's response shape, as TestState does:
 * `STRICT` (the default) checks types, enums and lengths of the fields present and that required
 * fields are there; `PRESENT` only the fields present; `NONE` nothing. Fields the shape does not know
 * pass. Actions without a shape here (and `.sync` jobs) are not checked.
 */
export function checkMockResult(state: State, mock: TestStateMock | undefined): void {
  if (state.Type !== 'Task' || mock?.result === undefined || mock.result === null) return;
  const mode = mock.fieldValidationMode ?? 'STRICT';
  if (mode === 'NONE') return;
  const shape = shapeOf(state.Resource);
  if (shape !== undefined) checkValue(mock.result, shape, undefined, mode);
}

function shapeOf(resource: string): Shape | undefined {
  const parsed = parseResource(resource);
  if (parsed.kind === 'optimized' && parsed.pattern !== 'request-response' && parsed.pattern !== 'waitForTaskToken') return undefined;
  if (parsed.kind !== 'optimized' && parsed.kind !== 'aws-sdk') return undefined;
  return SERVICE_SHAPES[`${parsed.service}:${parsed.action}`];
}

function checkValue(value: unknown, shape: Shape, field: string | undefined, mode: FieldValidationMode): void {
  const name = field ?? 'result';
  switch (shape.type) {
    case 'document':
      return;
    case 'structure':
      if (!isRecord(value)) fail(name, 'must be an object');
      if (mode === 'STRICT') for (const required of shape.required ?? []) if (!Object.hasOwn(value, required)) throw validationError(`Mock result schema validation error: Required field '${required}' is missing`);
      for (const [key, member] of Object.entries(value)) {
        const memberShape = Object.hasOwn(shape.members, key) ? shape.members[key] : undefined;
        if (memberShape !== undefined) checkValue(member, memberShape, key, mode);
      }
      return;
    case 'list':
      if (!Array.isArray(value)) fail(name, 'must be an array');
      for (const item of value) checkValue(item, shape.member, name, mode);
      return;
    case 'map':
      if (!isRecord(value)) fail(name, 'must be an object');
      for (const item of Object.values(value)) checkValue(item, shape.value, name, mode);
      return;
    case 'string':
    case 'blob':
      if (typeof value !== 'string') fail(name, 'must be a string');
      if (shape.min !== undefined && value.length < shape.min) fail(name, 'is smaller than the minimum length');
      if (shape.enum !== undefined && !shape.enum.includes(value)) fail(name, 'is not an expected value');
      return;
    case 'timestamp':
      if (typeof value !== 'string') fail(name, 'must be a string');
      return;
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) fail(name, 'must be a number');
      return;
    case 'double':
      if (typeof value !== 'number') fail(name, 'must be a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(name, 'must be a boolean');
      return;
  }
}

function fail(field: string, problem: string): never {
  throw validationError(`Mock result schema validation error: Field '${field}' ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
