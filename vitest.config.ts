import * as path from 'node:path';
import { defineConfig } from 'vitest/config';
import { packageEntries, specifierOf } from './scripts/package-entries.js';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    // `statewright`, `statewright/runtime`, ... resolve to source, as tsconfig.json `paths` does.
    alias: packageEntries.map((entry) => ({
      find: new RegExp(`^${specifierOf(entry).replaceAll('/', '\\/')}$`),
      replacement: path.join(root, entry.source),
    })),
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests and child processes share 2 cores with the type-checker: 5 s is too tight under load.
    testTimeout: 30_000,
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
