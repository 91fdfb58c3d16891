import { describe, expect, it } from 'vitest';
import { StateMachineSchema, StateSchema } from '../../src/asl/index.js';
import { readConformance } from '../support/conformance.js';

interface RecordedCase {
  id: string;
  definition: unknown;
}

interface TestStateRecording {
  id: string;
  state: unknown;
  expected: { exception?: { code: string; message: string } };
}

/**
 * Seven recordings replaced the placeholder that stood for a JSONata `Items` expression with a Lambda ARN, so
 * their definitions hold `"Items": "arn:aws:lambda:…"`, which is not what ran on AWS (their events show
 * `{% … %}` expressions such as `'string'` and `null`). The schema must refuse exactly that field.
 */
const CORRUPTED_ITEMS = new Set([
  'scenarios-map-state-items-eval-jsonata-empty',
  'scenarios-map-state-items-eval-jsonata-fail-function',
  'scenarios-map-state-items-eval-jsonata-fail-null',
  'scenarios-map-state-items-eval-jsonata-fail-number',
  'scenarios-map-state-items-eval-jsonata-fail-string',
  'scenarios-map-state-items-eval-jsonata-mixed',
  'scenarios-map-state-items-eval-jsonata-singleton',
]);

describe('definitions recorded on AWS', () => {
  const cases = readConformance<RecordedCase>('cases');

  it('reads every recorded case', () => {
    expect(cases.length).toBe(process.env.CI || cases.length > 0 ? 455 : 0);
    expect(cases.filter((c) => CORRUPTED_ITEMS.has(c.data.id))).toHaveLength(cases.length > 0 ? CORRUPTED_ITEMS.size : 0);
  });

  it.each(cases.filter((c) => !CORRUPTED_ITEMS.has(c.data.id)).map((c) => [c.data.id, c.data] as const))(
    '%s parses with StateMachineSchema',
    (_id, recorded) => {
      const result = StateMachineSchema.safeParse(recorded.definition);
      expect(result.error?.issues).toBeUndefined();
    },
  );

  it.each(cases.filter((c) => CORRUPTED_ITEMS.has(c.data.id)).map((c) => [c.data.id, c.data] as const))(
    '%s is refused only for its corrupted Items',
    (_id, recorded) => {
      const definition = structuredClone(recorded.definition) as { States: Record<string, Record<string, unknown>> };
      expect(StateMachineSchema.safeParse(definition).success).toBe(false);
      for (const state of Object.values(definition.States)) {
        if (typeof state.Items === 'string') state.Items = '{% [] %}';
      }
      expect(StateMachineSchema.safeParse(definition).success).toBe(true);
    },
  );
});

describe('states sent to the TestState API', () => {
  const recordings = readConformance<TestStateRecording>('test-state').filter((r) => r.data.state !== undefined);

  it.each(recordings.filter((r) => r.data.expected.exception === undefined).map((r) => [r.data.id, r.data] as const))(
    '%s parses with StateSchema',
    (_id, recording) => {
      expect(StateSchema.safeParse(recording.state).error?.issues).toBeUndefined();
    },
  );
});
