import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidDefinitionError } from '../../src/compile/invalid-definition-error.js';
import { UnsupportedFeatureError } from '../../src/codegen/index.js';
import { ITEMS_REPLACED_BY_RECORDER } from '../support/conformance.js';
import { aslOf, importSubject, importSubjects, scratchFolder } from '../support/import-round-trip.js';

// The floor may only go up (it rises as the builder learns what import still refuses: a Map's legacy Iterator/Parameters, a constant Condition, …).
const floor = JSON.parse(readFileSync(new URL('../import-floor.json', import.meta.url), 'utf8')) as { roundTrip: number };
const subjects = importSubjects();
const imported = subjects.map(importSubject);
const hasCases = subjects.some((s) => !s.id.startsWith('examples/'));

/** Loads each generated module that `only` accepts and checks its `toAsl()`; the ids that round-trip. */
async function roundTrips(only: (id: string) => boolean = () => true): Promise<string[]> {
  const folder = scratchFolder('import-round-trip-');
  const passed: string[] = [];
  try {
    for (const [index, item] of imported.entries()) {
      if (!('source' in item) || !only(item.id)) continue;
      const module = (await import(folder.write(item.id, item.source))) as Record<string, unknown>;
      // Every generated module gives its definition back exactly; the floor counts them.
      expect(aslOf(module), item.id).toStrictEqual(subjects[index]?.definition);
      passed.push(item.id);
    }
  } finally {
    folder.dispose();
  }
  return passed;
}

describe('statewright import: round trip over the conformance cases and the examples', () => {
  it('refuses a definition only for a feature the DSL cannot express (or one AWS refuses too)', () => {
    for (const item of imported) {
      if (!('error' in item)) continue;
      const expected = item.error instanceof UnsupportedFeatureError || (item.error instanceof InvalidDefinitionError && ITEMS_REPLACED_BY_RECORDER.has(item.id));
      expect(expected, `${item.id}: ${item.error.message}`).toBe(true);
    }
  });

  it('rebuilds the batch-job example exactly', async () => {
    const id = 'examples/batch-job/batch-job.asl.json';
    expect(await roundTrips((each) => each === id)).toEqual([id]);
  });

  it.skipIf(!hasCases)('round-trips at least the floor of test/import-floor.json', { timeout: 120_000 }, async () => {
    const passed = await roundTrips();
    expect(passed.length, `${passed.length} of ${subjects.length} definitions round-trip`).toBeGreaterThanOrEqual(floor.roundTrip);
  });
});
