import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import { cliEntry, packageEntries } from './scripts/package-entries.js';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const hashbang = '#!/usr/bin/env node';

// The banner adds the hashbang; drop one written in the source so the output never has two.
const stripSourceHashbang: EsbuildPlugin = {
  name: 'strip-source-hashbang',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]main\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(/^#![^\n]*\n?/, ''), loader: 'ts' };
    });
  },
};

export default defineConfig([
  {
    entry: Object.fromEntries(packageEntries.map((e) => [e.outName, e.source])),
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // dist/cli is the other build's; both run in parallel.
    clean: ['!cli/**'],
    target: 'node20',
    splitting: true,
    shims: false,
  },
  {
    entry: { main: cliEntry.source },
    outDir: 'dist/cli',
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'node20',
    banner: { js: hashbang },
    esbuildPlugins: [stripSourceHashbang],
  },
]);
