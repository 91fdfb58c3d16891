import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:browser`: tests that drive a real headless Chromium (Debian's `chromium`), kept out
// of `npm test` so that one needs no browser. Same aliases as vitest.config.ts, its own files.
export default defineConfig({
  resolve: base.resolve ?? {},
  test: {
    include: ['test/browser/**/*.browser-test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
