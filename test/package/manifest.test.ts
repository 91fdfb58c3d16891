// package.json and tsconfig.json `paths` stay in step with scripts/package-entries.ts, the table
// that tsup, the API reports and the @example checker read. (`npm run check:package` checks the packed
// tarball itself.)
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { cliEntry, packageEntries, packageName, specifierOf } from '../../scripts/package-entries.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Manifest {
  readonly name: string;
  readonly type: string;
  readonly sideEffects: unknown;
  readonly files: unknown;
  readonly engines: Record<string, string>;
  readonly bin: Record<string, string>;
  readonly exports: Record<string, unknown>;
}
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

describe('package.json', () => {
  it('is the ESM package statewright for node >= 20, side-effect free but for the vitest matcher registration, shipping dist only', () => {
    expect(manifest.name).toBe(packageName);
    expect(manifest.type).toBe('module');
    expect(manifest.engines.node).toBe('>=20');
    // `import 'statewright/testing/vitest'` registers matchers, so bundlers must keep that entry.
    expect(manifest.sideEffects).toEqual(['./dist/testing-vitest.js', './dist/testing-vitest.cjs']);
    expect(manifest.files).toEqual(['dist']);
    expect(manifest.bin).toEqual({ statewright: `./${cliEntry.outFile}` });
  });

  it('exports every entry, import and require, types first', () => {
    const expected: Record<string, unknown> = {};
    for (const { subpath, outName } of packageEntries) {
      expected[subpath] = {
        import: { types: `./dist/${outName}.d.ts`, default: `./dist/${outName}.js` },
        require: { types: `./dist/${outName}.d.cts`, default: `./dist/${outName}.cjs` },
      };
    }
    expected['./package.json'] = './package.json';
    expect(manifest.exports).toEqual(expected);
    for (const { subpath } of packageEntries) {
      const conditions = manifest.exports[subpath] as Record<string, object>;
      expect(Object.keys(conditions)).toEqual(['import', 'require']);
      for (const targets of Object.values(conditions)) expect(Object.keys(targets)).toEqual(['types', 'default']);
    }
  });
});

describe('tsconfig.json', () => {
  it('maps each entry specifier to its source file', () => {
    const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), (f) => ts.sys.readFile(f)) as {
      config: { compilerOptions: { paths: Record<string, string[]> } };
    };
    expect(config.compilerOptions.paths).toEqual(
      Object.fromEntries(packageEntries.map((e) => [specifierOf(e), [`./${e.source}`]])),
    );
  });
});
