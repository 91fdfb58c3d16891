import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isResourceAllowedForType, OPTIMIZED_INTEGRATIONS, parseResource, type ResourceUsage } from '../../src/integrations/index.js';

const usages: ResourceUsage[] = ['task', 'item-reader', 'result-writer'];

// Valid ARNs with random edits: the strings most likely to reach the deeper branches.
const near = fc
  .tuple(
    fc.constantFrom(
      ...OPTIMIZED_INTEGRATIONS.map((i) => `arn:aws:states:::${i.service}:${i.action}`),
      'arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken',
      'arn:aws:lambda:us-east-1:123456789012:function:fn:alias',
      'arn:aws:states:us-east-1:123456789012:activity:name',
    ),
    fc.nat(),
    fc.string({ maxLength: 6, unit: 'grapheme-ascii' }),
    fc.nat({ max: 4 }),
  )
  .map(([arn, at, insert, cut]) => {
    const i = at % (arn.length + 1);
    return arn.slice(0, i) + insert + arn.slice(i + cut);
  });

describe('parseResource never throws', () => {
  it('on any string, for any usage, and its result feeds isResourceAllowedForType', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), near), fc.constantFrom(...usages), (arn, usage) => {
        const parsed = parseResource(arn, usage);
        expect(parsed.arn).toBe(arn);
        if (parsed.kind === 'invalid') expect(parsed.message).toContain(arn);
        isResourceAllowedForType(parsed, 'EXPRESS');
      }),
      { numRuns: 2000 },
    );
  });
});
