import { describe, expect, it } from 'vitest';
import { validate, type Diagnostic } from '../../src/index.js';
import { ITEMS_REPLACED_BY_RECORDER, readConformance } from '../support/conformance.js';

interface RecordedCase {
  id: string;
  definition: unknown;
}

interface ValidationRecording {
  id: string;
  stateMachineType?: 'STANDARD' | 'EXPRESS';
  definition: unknown;
  expected: {
    valid: boolean;
    diagnostics?: { severity: string; code: string; location?: string }[];
    message?: string;
  };
  note?: string;
}

const errors = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.severity === 'ERROR');
/** AWS writes the document root as `/`; as a JSON pointer it is the empty string. */
const awsLocation = (location: string): string => (location === '/' ? '' : location);

/** The `CODE: message at /location` items of an InvalidDefinition message. */
function parseAwsMessage(message: string): { code: string; location: string }[] {
  const body = /'(.*)'$/s.exec(message)?.[1] ?? '';
  return body.split(/, (?=[A-Z_]+: )/).flatMap((item) => {
    const match = /^([A-Z_]+): .* at (\/.*?)\s*$/s.exec(item);
    return match?.[1] !== undefined && match[2] !== undefined ? [{ code: match[1], location: awsLocation(match[2]) }] : [];
  });
}


describe('conformance cases recorded on AWS', () => {
  const cases = readConformance<RecordedCase>('cases');

  it('reads every recorded case', () => {
    expect(cases.length).toBe(process.env.CI || cases.length > 0 ? 455 : 0);
  });

  const valid = cases.filter((c) => !ITEMS_REPLACED_BY_RECORDER.has(c.data.id));
  it.each(valid.map((c) => [c.data.id, c.data] as const))('%s validates with no errors', (_id, recorded) => {
    expect(errors(validate(recorded.definition))).toEqual([]);
  });

  const replaced = cases.filter((c) => ITEMS_REPLACED_BY_RECORDER.has(c.data.id));
  it.each(replaced.map((c) => [c.data.id, c.data] as const))('%s fails only on the Items the recorder replaced', (_id, recorded) => {
    expect(errors(validate(recorded.definition)).map((d) => d.path)).toEqual(['/States/MapIterateState/Items']);
  });
});

describe('validation verdicts recorded on AWS', () => {
  const recordings = readConformance<ValidationRecording>('validation');

  it('reads every validation recording', () => {
    expect(recordings.length).toBe(process.env.CI || recordings.length > 0 ? 61 : 0);
  });

  it.each(recordings.map((r) => [r.data.id, r.data] as const))('%s agrees with AWS', (_id, recording) => {
    const ours = errors(validate(recording.definition, { type: recording.stateMachineType ?? 'STANDARD' }));
    const { valid, diagnostics, message } = recording.expected;
    expect(ours.length === 0).toBe(valid);
    if (diagnostics !== undefined) {
      expect(ours.map((d) => d.code)).toEqual(diagnostics.filter((d) => d.severity === 'ERROR').map((d) => d.code));
      diagnostics.forEach((expected, index) => {
        if (expected.location?.startsWith('/')) expect(ours[index]?.path).toBe(awsLocation(expected.location));
      });
    }
    if (message !== undefined && recording.note === undefined) {
      const items = parseAwsMessage(message);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(ours).toContainEqual(expect.objectContaining({ code: item.code, path: item.location }));
    }
  });
});
