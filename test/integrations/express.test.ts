import { describe, expect, it } from 'vitest';
import { isResourceAllowedForType, parseResource } from '../../src/integrations/index.js';
import { readConformance } from '../support/conformance.js';

const SYNC = "Express state machine does not support '.sync' service integration";
const WAIT = "Express state machine does not support '.waitForTaskToken' service integration ";

describe('isResourceAllowedForType', () => {
  it.each([
    ['arn:aws:states:::states:startExecution.sync', SYNC],
    ['arn:aws:states:::states:startExecution.sync:2', SYNC],
    ['arn:aws:states:::batch:submitJob.sync', SYNC],
    ['arn:aws:states:::sns:publish.waitForTaskToken', WAIT],
    ['arn:aws:states:::aws-sdk:ecs:runTask.waitForTaskToken', WAIT],
    ['arn:aws:states:us-east-1:123456789012:activity:approve', 'Express state machine does not support Activity ARN'],
  ])('EXPRESS refuses %s', (arn, message) => {
    const parsed = parseResource(arn);
    expect(isResourceAllowedForType(parsed, 'EXPRESS')).toBe(message);
    expect(isResourceAllowedForType(parsed, 'STANDARD')).toBeUndefined();
  });

  it.each([
    'arn:aws:states:::lambda:invoke',
    'arn:aws:states:::aws-sdk:s3:getObject',
    'arn:aws:states:::http:invoke',
    'arn:aws:lambda:us-east-1:123456789012:function:fn',
  ])('EXPRESS allows %s', (arn) => {
    expect(isResourceAllowedForType(parseResource(arn), 'EXPRESS')).toBeUndefined();
  });
});

interface ValidationRecording {
  stateMachineType?: 'STANDARD' | 'EXPRESS';
  definition?: { States?: Record<string, { Type?: string; Resource?: unknown }> };
  expected: { valid: boolean; message?: string; diagnostics?: { code: string; message: string; location: string }[] };
}

/** The SCHEMA_VALIDATION_FAILED text AWS gave for `/States/<name>/Resource`, from either API's recording. */
function recordedResourceMessage(expected: ValidationRecording['expected'], name: string): string | undefined {
  const location = `/States/${name}/Resource`;
  const diagnostic = expected.diagnostics?.find((d) => d.location === location);
  if (diagnostic !== undefined) return diagnostic.message;
  const match = expected.message?.match(/SCHEMA_VALIDATION_FAILED: (.*) at (\/States\/\S+)'$/s);
  return match?.[2] === location ? match[1] : undefined;
}

describe('AWS validation recordings (conformance/validation)', () => {
  const recordings = readConformance<ValidationRecording>('validation');
  const checked: string[] = [];
  for (const { name, data } of recordings) {
    for (const [stateName, state] of Object.entries(data.definition?.States ?? {})) {
      if (state.Type !== 'Task' || typeof state.Resource !== 'string') continue;
      const resource = state.Resource;
      const recorded = recordedResourceMessage(data.expected, stateName);
      checked.push(name);
      it(`${name}: ${resource}`, () => {
        const parsed = parseResource(resource);
        const ours =
          parsed.kind === 'invalid'
            ? parsed.message.replace('arn:aws:', 'arn:<partition>:')
            : isResourceAllowedForType(parsed, data.stateMachineType ?? 'STANDARD');
        expect(ours).toBe(recorded);
      });
    }
  }

  it.skipIf(recordings.length === 0)('covers the recordings that judge a Task resource', () => {
    expect(checked).toContain('services-dynamodb-task-service-invalid-integration.json');
    expect(checked).toContain('v2-sfn-api-express-illegal-callbacks-sync.json');
    expect(checked).toContain('v2-sfn-api-express-illegal-callbacks-wait-for-task-token.json');
    expect(checked).toContain('v2-sfn-api-validation-validate-state-machine-definition-type-express-illegal-wftt.json');
  });
});
