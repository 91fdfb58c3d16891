import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

const conformanceCase = z.object({
  id: z.string().min(1),
  source: z.string(),
  queryLanguage: z.enum(['JSONPath', 'JSONata']),
  tags: z.array(z.string()),
  definition: z.unknown(),
  input: z.unknown(),
  expected: z.object({
    status: z.enum(['SUCCEEDED', 'FAILED', 'TIMED_OUT']),
    output: z.unknown().optional(),
    error: z.string().optional(),
    cause: z.string().optional(),
  }),
  events: z.array(z.unknown()).optional(),
  mockConfig: z.unknown().optional(),
  placeholders: z.boolean(),
});

/** One recorded execution (../shared/conformance/README.md, "File format"). */
export type ConformanceCase = z.infer<typeof conformanceCase>;

/** Checks the shape of a case read from `file`, throwing an error that names the file and the field. */
export function parseCase(data: unknown, file: string): ConformanceCase {
  const result = conformanceCase.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new TypeError(`${file}: not a conformance case (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  return result.data;
}

/** Reads every `*.json` case of a folder, sorted by file name. */
export function loadCases(dir: string): ConformanceCase[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseCase(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown, name));
}
