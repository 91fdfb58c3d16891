import type { State } from '../../asl/index.js';
import { responseShapeOf, type ModelShape } from './service-shapes.js';
import { validationError } from './test-state-error.js';
import type { FieldValidationMode, TestStateMock } from './types.js';

/**
 * Checks a Task's mocked result against its service action's response shape (from the AWS service
 * models), as TestState does: `STRICT` (the default) checks the fields present (types, enums, minimum
 * lengths) and that required fields are there; `PRESENT` only the fields present; `NONE` nothing.
 * Fields the model does not know pass.
 */
export async function checkMockResult(state: State, mock: TestStateMock | undefined): Promise<void> {
  if (state.Type !== 'Task' || mock?.result === undefined || mock.result === null) return;
  const mode = mock.fieldValidationMode ?? 'STRICT';
  if (mode === 'NONE') return;
  const found = await responseShapeOf(state.Resource);
  if (found !== undefined) new ShapeCheck(found.shapes, mode).value(mock.result, found.shape, 'result');
}

class ShapeCheck {
  constructor(
    private readonly shapes: Readonly<Record<string, ModelShape>>,
    private readonly mode: FieldValidationMode,
  ) {}

  value(value: unknown, shape: ModelShape, field: string): void {
    switch (shape.type) {
      case 'document':
        return;
      case 'structure':
        this.structure(value, shape, field);
        return;
      case 'list':
        if (!Array.isArray(value)) fail(field, 'must be an array');
        for (const item of value) this.named(item, shape.member, field);
        return;
      case 'map':
        if (!isRecord(value)) fail(field, 'must be an object');
        for (const item of Object.values(value)) this.named(item, shape.value, field);
        return;
      case 'string':
      case 'blob':
        if (typeof value !== 'string') fail(field, 'must be a string');
        if (shape.min !== undefined && value.length < shape.min) fail(field, 'is smaller than the minimum length');
        if (shape.enum !== undefined && !shape.enum.includes(value)) fail(field, 'is not an expected value');
        return;
      case 'timestamp':
        if (typeof value !== 'string') fail(field, 'must be a string');
        return;
      case 'integer':
      case 'long':
        if (typeof value !== 'number' || !Number.isInteger(value)) fail(field, 'must be a number');
        return;
      case 'float':
      case 'double':
        if (typeof value !== 'number') fail(field, 'must be a number');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') fail(field, 'must be a boolean');
        return;
    }
  }

  private structure(value: unknown, shape: Extract<ModelShape, { type: 'structure' }>, field: string): void {
    if (!isRecord(value)) fail(field, 'must be an object');
    if (this.mode === 'STRICT') {
      for (const required of shape.required ?? []) {
        if (!Object.hasOwn(value, required)) throw validationError(`Mock result schema validation error: Required field '${required}' is missing`);
      }
    }
    for (const [key, member] of Object.entries(value)) {
      const memberShape = Object.hasOwn(shape.members, key) ? shape.members[key] : undefined;
      if (memberShape !== undefined) this.named(member, memberShape, key);
    }
  }

  private named(value: unknown, name: string, field: string): void {
    const shape = this.shapes[name];
    if (shape !== undefined) this.value(value, shape, field);
  }
}

function fail(field: string, problem: string): never {
  throw validationError(`Mock result schema validation error: Field '${field}' ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
