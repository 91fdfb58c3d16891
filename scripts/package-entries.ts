/**
 * The package's public entries: one row per `exports` subpath.
 *
 * tsup, the API report script, the package check and the `@example` checker all read this table,
 * so an entry is added here (and in package.json `exports`, which `test/package` keeps in step).
 */
export interface PackageEntry {
  /** The `exports` key, e.g. `./runtime`. */
  readonly subpath: '.' | `./${string}`;
  /** Source entry file, relative to the package root. */
  readonly source: string;
  /** Output name under dist/, without extension (tsup entry key). */
  readonly outName: string;
  /**
   * An ESM-only peer the entry imports (vitest cannot be `require()`d): its CJS build then fails to
   * load with the peer's own message, which the package check expects instead of a load.
   */
  readonly esmOnlyPeer?: string;
}

export const packageName = 'statewright';

export const packageEntries: readonly PackageEntry[] = [
  { subpath: '.', source: 'src/index.ts', outName: 'index' },
  { subpath: './runtime', source: 'src/runtime/index.ts', outName: 'runtime' },
  { subpath: './testing', source: 'src/testing/index.ts', outName: 'testing' },
  { subpath: './testing/vitest', source: 'src/testing/vitest.ts', outName: 'testing-vitest', esmOnlyPeer: 'vitest' },
  { subpath: './integrations', source: 'src/integrations/index.ts', outName: 'integrations' },
  { subpath: './codegen', source: 'src/codegen/index.ts', outName: 'codegen' },
];

/** The CLI, built on its own as an executable ESM file (`bin.statewright`). */
export const cliEntry = { source: 'src/cli/main.ts', outFile: 'dist/cli/main.js' } as const;

/** The import specifier of an entry: `statewright`, `statewright/runtime`, ... */
export function specifierOf(entry: PackageEntry): string {
  return entry.subpath === '.' ? packageName : `${packageName}/${entry.subpath.slice(2)}`;
}

/** The API report name of an entry: `statewright`, `statewright-runtime`, `statewright-testing-vitest`, ... */
export function reportNameOf(entry: PackageEntry): string {
  return specifierOf(entry).replaceAll('/', '-');
}
