// Which invalid-definition fixtures each validator catches.
import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AslWorker } from './asl-worker.js';
import { runOurs, type MachineType } from './validators.js';

interface Expected {
  readonly code: string;
  readonly path: string;
  readonly severity?: 'ERROR' | 'WARNING';
}

/** A file of `test/fixtures/invalid`: `{ rule, type?, definition, expected }`; `definition` may be raw JSON text. */
export interface Fixture {
  readonly name: string;
  readonly rule: string;
  readonly type: MachineType;
  readonly definition: unknown;
  readonly expected: readonly Expected[];
}

export interface FixtureOutcome {
  readonly fixture: Fixture;
  /** The expected diagnostics are all warnings: caught means a warning is reported (asl-validator has none). */
  readonly warningOnly: boolean;
  readonly ours: boolean;
  readonly asl: boolean;
  /** Why a verdict is not a plain report, e.g. the validator threw. */
  readonly notes: readonly string[];
}

/** The fixtures in `dir` (none when it is missing), and the files that could not be read as fixtures. */
export async function loadFixtures(dir: string): Promise<{ fixtures: Fixture[]; unreadable: string[] }> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  } catch {
    return { fixtures: [], unreadable: [] };
  }
  const fixtures: Fixture[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const fixture = toFixture(basename(file, '.json'), await readFile(`${dir}/${file}`, 'utf8'));
    if (fixture === undefined) unreadable.push(file);
    else fixtures.push(fixture);
  }
  return { fixtures, unreadable };
}

function toFixture(name: string, text: string): Fixture | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !('definition' in data) || !('expected' in data)) return undefined;
  const { rule, type, definition, expected } = data as Record<string, unknown>;
  if (!Array.isArray(expected)) return undefined;
  return {
    name,
    rule: typeof rule === 'string' ? rule : '(no rule)',
    type: type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    definition,
    expected: expected as Expected[],
  };
}

export async function checkFixture(fixture: Fixture, asl: AslWorker): Promise<FixtureOutcome> {
  const warningOnly = fixture.expected.length > 0 && fixture.expected.every((e) => e.severity === 'WARNING');
  const notes: string[] = [];
  let ours = false;
  try {
    const diagnostics = runOurs(fixture.definition, fixture.type);
    ours = diagnostics.some((d) => d.severity === (warningOnly ? 'WARNING' : 'ERROR'));
  } catch (error) {
    notes.push(`ours threw: ${String(error)}`);
  }
  return { fixture, warningOnly, ours, asl: !warningOnly && (await aslCatches(fixture, asl, notes)), notes };
}

/**
 * asl-validator's verdict. It takes an object, so raw text goes through `JSON.parse` first, as its CLI
 * does: text that does not parse counts as caught, and so does a definition it throws on (its CLI
 * exits with status 2 then); no answer within the time limit counts as missed.
 */
async function aslCatches(fixture: Fixture, asl: AslWorker, notes: string[]): Promise<boolean> {
  let definition = fixture.definition;
  if (typeof definition === 'string') {
    try {
      definition = JSON.parse(definition) as unknown;
    } catch {
      notes.push('asl-validator: JSON.parse fails (counted as caught)');
      return true;
    }
  }
  const verdict = await asl.check(definition);
  if (verdict.kind === 'threw' || verdict.kind === 'timeout') {
    notes.push(`asl-validator ${verdict.kind === 'threw' ? 'threw (counted as caught)' : 'gave up (counted as missed)'}: ${verdict.message}`);
  }
  return verdict.kind === 'invalid' || verdict.kind === 'threw';
}
