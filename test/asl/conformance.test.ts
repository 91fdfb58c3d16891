import { describe, expect, it } from 'vitest';
import { StateMachineSchema, StateSchema } from '../../src/asl/index.js';
import { ITEMS_REPLACED_BY_RECORDER, readConformance } from '../support/conformance.js';

interface RecordedCase {
  id: string;
  definition: unknown;
}

interface TestStateRecording {
  id: string;
  state: unknown;
  expected: { exception?: { code: string; message: string } };
}


describe('definitions recorded on AWS', () => {
  const cases = readConformance<RecordedCase>('cases');

  it('reads every recorded case', () => {
    expect(cases.length).toBe(process.env.CI || cases.length > 0 ? 455 : 0);
    expect(cases.filter((c) => ITEMS_REPLACED_BY_RECORDER.has(c.data.id))).toHaveLength(cases.length > 0 ? ITEMS_REPLACED_BY_RECORDER.size : 0);
  });

  it.each(cases.filter((c) => !ITEMS_REPLACED_BY_RECORDER.has(c.data.id)).map((c) => [c.data.id, c.data] as const))(
    '%s parses with StateMachineSchema',
    (_id, recorded) => {
      const result = StateMachineSchema.safeParse(recorded.definition);
      expect(result.error?.issues).toBeUndefined();
    },
  );

  it.each(cases.filter((c) => ITEMS_REPLACED_BY_RECORDER.has(c.data.id)).map((c) => [c.data.id, c.data] as const))(
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
