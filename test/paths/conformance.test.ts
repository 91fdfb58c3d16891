import { describe, expect, it } from 'vitest';
import { checkIntrinsic, looksLikeIntrinsic } from '../../src/intrinsics/functions.js';
import { parsePath } from '../../src/paths/syntax.js';
import { readConformance } from '../support/conformance.js';
import { pathStrings, type FoundString, type StringRule } from './asl-strings.js';

interface Recording {
  readonly id: string;
  readonly definition?: unknown;
  readonly state?: unknown;
  readonly expected?: { readonly valid?: boolean };
}

/** The problem with a found string, or `undefined` when it parses under its rule. */
function problem({ value, rule }: FoundString): string | undefined {
  if ((rule === 'dynamic' || rule === 'reference-or-intrinsic') && looksLikeIntrinsic(value)) {
    const call = checkIntrinsic(value);
    return call.ok ? undefined : call.message;
  }
  const parsed = parsePath(value, rule === 'dynamic' || rule === 'path' ? 'path' : 'reference');
  return parsed.ok ? undefined : parsed.message;
}

function check(recordings: readonly { data: Recording }[]): { counts: Partial<Record<StringRule, number>>; failures: string[] } {
  const counts: Partial<Record<StringRule, number>> = {};
  const failures: string[] = [];
  for (const { data } of recordings) {
    for (const found of [...pathStrings(data.definition), ...pathStrings(data.state)]) {
      counts[found.rule] = (counts[found.rule] ?? 0) + 1;
      const message = problem(found);
      if (message !== undefined) failures.push(`${data.id} ${found.pointer} ${JSON.stringify(found.value)}: ${message}`);
    }
  }
  return { counts, failures };
}

// Every recording ran (or was accepted) on AWS, so all its paths and intrinsics are valid.
describe('paths and intrinsics of the conformance recordings', () => {
  const cases = readConformance<Recording>('cases');
  const testState = readConformance<Recording>('test-state');
  const validation = readConformance<Recording>('validation');
  const present = cases.length > 0;

  it('every `.$` value and path field of the 455 executed cases parses', () => {
    const { counts, failures } = check(cases);
    expect(failures).toEqual([]);
    expect(counts).toEqual(present ? { dynamic: 153, path: 11, reference: 357, 'reference-or-intrinsic': 8 } : {});
  });

  it('every one of the TestState recordings parses', () => {
    const { counts, failures } = check(testState);
    expect(failures).toEqual([]);
    expect(counts).toEqual(present ? { dynamic: 44, path: 11, reference: 22 } : {});
  });

  it('the validation recordings: all parse but the illegal escape AWS refused', () => {
    const { counts, failures } = check(validation);
    expect(counts).toEqual(present ? { dynamic: 13, reference: 1 } : {});
    expect(failures).toEqual(
      present
        ? [
            'scenarios-illegal-escapes-escape-sequences-illegal-intrinsic-function /States/IntrinsicEscape/Parameters/parsed.$ ' +
              JSON.stringify('States.StringToJson(\'{"text":"An \\"escaped double quote\\" here"}\')') +
              ": Illegal escape sequence '\\\"' at offset 33 in a string literal: only \\', \\{, \\} and \\\\ are allowed",
          ]
        : [],
    );
  });
});
