import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../examples/batch-job-behaviour.test.ts', import.meta.url), 'utf8');

describe('README "Testing workflows"', () => {
  it('shows exactly the test file the suite runs', () => {
    const section = readme.slice(readme.indexOf('## Testing workflows'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(example);
  });
});
