import type { z } from 'zod';

/** A mock that names no Task state of the workflow, or whose result its state's `result` schema refuses. */
export class InvalidMockError extends Error {
  override readonly name = 'InvalidMockError';
}

/** Throws an {@link InvalidMockError} naming `state` and each problem when `schema` refuses `value`. */
export function checkMockResult(state: string, schema: z.ZodType, value: unknown, which: string): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const problems = parsed.error.issues.map((issue) => `${issue.path.length === 0 ? '' : `${issue.path.join('.')}: `}${issue.message}`);
  throw new InvalidMockError(`The mock of state '${state}'${which} does not match its result schema: ${problems.join('; ')}`);
}
