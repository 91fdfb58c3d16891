import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';

/**
 * One invalid definition per rule, in test/fixtures/invalid. Each fixture's `expected` lists every
 * diagnostic (errors and warnings) AWS's ValidateStateMachineDefinition would report, written from
 * AWS's behaviour and the project's location conventions, not from our validator's output.
 */
interface ExpectedDiagnostic {
  code: string;
  path: string;
  severity?: 'ERROR' | 'WARNING';
}

interface InvalidFixture {
  rule: string;
  type?: 'STANDARD' | 'EXPRESS';
  definition: unknown;
  expected: ExpectedDiagnostic[];
}

interface Finding {
  code: string;
  path: string;
  severity: 'ERROR' | 'WARNING';
}

const fixtureDir = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));

const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name: name.slice(0, -'.json'.length), data: JSON.parse(readFileSync(`${fixtureDir}${name}`, 'utf8')) as InvalidFixture }));

const key = (f: Finding): string => `${f.severity} ${f.code} ${f.path}`;
/** Order-insensitive, count-sensitive: the same findings sorted the same way. */
const sorted = (findings: Finding[]): Finding[] => [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe('invalid fixtures', () => {
  it('reads at least 45 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
  });

  it('gives every fixture a non-empty, unique rule and at least one expected diagnostic', () => {
    const rules = new Map<string, string>();
    for (const { name, data } of fixtures) {
      expect(typeof data.rule, name).toBe('string');
      expect(data.rule.trim(), name).not.toBe('');
      expect(rules.get(data.rule), `${name} repeats the rule of ${rules.get(data.rule) ?? ''}`).toBeUndefined();
      rules.set(data.rule, name);
      expect(Array.isArray(data.expected) && data.expected.length > 0, name).toBe(true);
      for (const e of data.expected) {
        expect(typeof e.code, name).toBe('string');
        expect(typeof e.path, name).toBe('string');
        expect(e.path === '' || e.path.startsWith('/'), `${name}: ${e.path} is not a JSON pointer`).toBe(true);
        expect([undefined, 'ERROR', 'WARNING'], name).toContain(e.severity);
      }
      expect([undefined, 'STANDARD', 'EXPRESS'], name).toContain(data.type);
    }
  });

  it.each(fixtures.map((f) => [f.name, f.data] as const))('%s', (_name, fixture) => {
    const actual = validate(fixture.definition, { type: fixture.type ?? 'STANDARD' }).map(
      (d): Finding => ({ code: d.code, path: d.path, severity: d.severity }),
    );
    const expected = fixture.expected.map((e): Finding => ({ code: e.code, path: e.path, severity: e.severity ?? 'ERROR' }));
    expect(sorted(actual)).toEqual(sorted(expected));
  });
});
