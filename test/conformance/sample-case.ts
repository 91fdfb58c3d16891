import type { ConformanceCase } from '../../scripts/conformance/case-file.js';

/** A minimal valid case; tests spread over it what they need. */
export const sampleCase: ConformanceCase = {
  id: 'sample',
  source: 'test',
  queryLanguage: 'JSONPath',
  tags: ['pass'],
  definition: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
  input: { a: 1 },
  expected: { status: 'SUCCEEDED', output: { a: 1 } },
  placeholders: false,
};
