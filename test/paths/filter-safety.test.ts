import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { parsePath } from '../../src/paths/syntax.js';
import { execute } from '../../src/runtime/index.js';

const attempts: readonly [string, string][] = [
  ["$[?(@.constructor.constructor('return process')())]", 'Function calls are not allowed in a filter (offset 29)'],
  ['$[?(@.x.constructor.constructor("return globalThis.process.exit(3)")())]', 'Function calls are not allowed in a filter (offset 31)'],
  ["$[?(@.a.__lookupGetter__('__proto__')().push(7))]", 'Function calls are not allowed in a filter (offset 24)'],
  ['$.items[?(@.tags.push(1))]', 'Function calls are not allowed in a filter (offset 21)'],
  ["$[?(@.s.repeat(1e9) == 'x')]", 'Function calls are not allowed in a filter (offset 14)'],
  ['$[?(@.__proto__.polluted = 1)]', 'Assignments are not allowed in a filter (offset 25)'],
  ['$[?(x = 1)]', 'Assignments are not allowed in a filter (offset 6)'],
];

describe('JSONPath filters never reach code', () => {
  it.each(attempts)('refuses %s as a syntax error', (path, message) => {
    expect(parsePath(path, 'path')).toMatchObject({ ok: false, message });
    const diagnostics = validate({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'r.$': path }, End: true } } });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'SCHEMA_VALIDATION_FAILED', path: '/States/A/Parameters', message: expect.stringContaining(message) as string }),
    ]);
  });

  it('keeps comparisons, grouping, strings with parentheses and equals signs as filters', () => {
    for (const path of ["$[?((@.a >= 1) && (@.b != 'f(x) = y'))]", '$[?(@.a == 1 || !(@.b <= 2))]', '$[?(@.a === 1)]']) {
      expect(parsePath(path, 'path').ok).toBe(true);
    }
  });

  it('evaluates an accepted filter without changing the input or any prototype', async () => {
    const input = { items: [{ tags: ['a'], n: 2 }, { tags: [], n: 0 }] };
    const before = structuredClone(input);
    const result = await execute(
      { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'r.$': '$.items[?(@.n > 1 && @.tags)]' }, End: true } } },
      { input },
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { r: [{ tags: ['a'], n: 2 }] } });
    expect(input).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Array.prototype).not.toHaveProperty('0');
  });

  it("runs a jsonpath-plus release past the eval CVEs (CVE-2024-21534 fixed in 10.0.7, CVE-2025-1302 in 10.3.0)", () => {
    const manifest = createRequire(import.meta.url).resolve('jsonpath-plus/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    const [major = 0, minor = 0] = version.split('.').map(Number);
    expect(major > 10 || (major === 10 && minor >= 3)).toBe(true);
  });
});
