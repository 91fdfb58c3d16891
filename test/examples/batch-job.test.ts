import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from 'statewright';
import { batchJob } from '../../examples/batch-job/workflow.js';

const seed: unknown = JSON.parse(readFileSync(new URL('../../examples/batch-job/batch-job.asl.json', import.meta.url), 'utf8'));

describe('the batch-job example in the DSL', () => {
  it('compiles to the seed ASL exactly', () => {
    expect(batchJob.toAsl()).toEqual(seed);
  });

  it('validates clean and prints the same definition as JSON', () => {
    expect(validate(batchJob.toAsl())).toEqual([]);
    expect(JSON.parse(batchJob.toJson())).toEqual(seed);
  });
});
