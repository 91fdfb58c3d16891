import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

const testStateCase = z.object({
  id: z.string().min(1),
  source: z.string(),
  kind: z.literal('test-state'),
  state: z.unknown().optional(),
  stateName: z.string().optional(),
  definition: z.unknown().optional(),
  input: z.unknown().optional(),
  variables: z.record(z.string(), z.unknown()).optional(),
  context: z.record(z.string(), z.unknown()).optional(),
  mock: z
    .object({
      result: z.string().optional(),
      errorOutput: z.object({ error: z.string(), cause: z.string() }).optional(),
      fieldValidationMode: z.enum(['STRICT', 'PRESENT', 'NONE']).optional(),
    })
    .optional(),
  stateConfiguration: z
    .object({
      retrierRetryCount: z.number().optional(),
      errorCausedByState: z.string().optional(),
      mapIterationFailureCount: z.number().optional(),
      mapItemReaderData: z.string().optional(),
    })
    .optional(),
  revealSecrets: z.boolean().optional(),
  inspectionLevel: z.enum(['INFO', 'DEBUG', 'TRACE']),
  expected: z.union([
    z.object({ exception: z.object({ code: z.string(), message: z.string() }) }),
    z.object({
      status: z.enum(['SUCCEEDED', 'FAILED', 'RETRIABLE', 'CAUGHT_ERROR']),
      output: z.unknown().optional(),
      error: z.string().optional(),
      cause: z.string().optional(),
      nextState: z.string().optional(),
      inspectionData: z.record(z.string(), z.unknown()).optional(),
    }),
  ]),
  placeholders: z.boolean(),
});

/** One recorded TestState call (../shared/conformance/README.md, "TestState cases"). */
export type TestStateCase = z.infer<typeof testStateCase>;

/** Checks the shape of a case read from `file`, throwing an error that names the file and the field. */
export function parseTestStateCase(data: unknown, file: string): TestStateCase {
  const parsed = testStateCase.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(`${file}: not a TestState case (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

/** Reads every `*.json` case of a folder, sorted by file name. */
export function loadTestStateCases(dir: string): TestStateCase[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseTestStateCase(JSON.parse(readFileSync(path.join(dir, name), 'utf8')), path.join(dir, name)));
}
