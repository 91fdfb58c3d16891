import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageEntries, specifierOf } from '../../scripts/package-entries.js';
import { checkJsdocExamples, projectCompilerOptions } from './jsdoc-examples.js';

const root = path.resolve(import.meta.dirname, '../..');

// Built once, at collection time, so that each block is its own test.
const check = checkJsdocExamples({
  root,
  entries: packageEntries.map((e) => ({ specifier: specifierOf(e), file: path.join(root, e.source) })),
  compilerOptions: projectCompilerOptions(root),
});

describe('@example blocks of the public API type-check against the package', { timeout: 120_000 }, () => {
  it('finds at least one ```ts block in an @example of an exported declaration', () => {
    expect(
      check.examples.length,
      'no @example with a ```ts block was found on any declaration exported by a package entry ' +
        '(scripts/package-entries.ts); every public export needs one (DESIGN.md, "Style")',
    ).toBeGreaterThan(0);
  });

  it('has valid compiler options', () => {
    expect(check.globalDiagnostics).toEqual([]);
  });

  it.each(check.examples.map((e) => [e.label, e] as const))('%s', (_label, example) => {
    expect(check.diagnosticsOf(example)).toEqual([]);
  });
});
