// The checker itself, on an in-memory package: it must find public blocks only and report errors
// at their source lines.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJsdocExamples, projectCompilerOptions } from './jsdoc-examples.js';

const realRoot = path.resolve(import.meta.dirname, '../..');
const root = path.join(realRoot, 'test', 'docs', '__virtual__');
const file = (rel: string): string => path.join(root, rel).split(path.sep).join('/');

const index = `/**
 * Adds.
 * @example
 * \`\`\`ts
 * import { add } from 'fixture';
 * const n: number = add(1, 2);
 * \`\`\`
 * @example
 * \`\`\`ts
 * import { add } from 'fixture';
 * const s: string = add(1, 2);
 * \`\`\`
 */
export function add(a: number, b: number): number {
  /**
   * Inside a body: not public.
   * @example
   * \`\`\`ts
   * nope();
   * \`\`\`
   */
  const inner = () => a;
  return inner() + b;
}

/** A box. */
export interface Box {
  /**
   * Its size.
   * @example
   * \`\`\`ts
   * import type { Box } from 'fixture/box';
   * const b: Box = { size: 1 };
   * \`\`\`
   * \`\`\`json
   * { "not": "checked" }
   * \`\`\`
   */
  readonly size: number;
}

/**
 * Not exported.
 * @example
 * \`\`\`ts
 * nope();
 * \`\`\`
 */
function hidden(): void {}
hidden();
`;

const check = checkJsdocExamples({
  root,
  entries: [
    { specifier: 'fixture', file: file('src/index.ts') },
    { specifier: 'fixture/box', file: file('src/box.ts') },
  ],
  compilerOptions: projectCompilerOptions(realRoot),
  overlay: new Map([
    [file('package.json'), '{ "type": "module" }'],
    [file('src/index.ts'), index],
    [file('src/box.ts'), "export type { Box } from './index.js';\n"],
  ]),
});

describe('jsdoc example checker', () => {
  it('finds the ```ts blocks of exported declarations and their members only', () => {
    expect(check.examples.map((e) => e.label)).toEqual([
      'src/index.ts:10 add #2',
      'src/index.ts:5 add #1',
      'src/index.ts:32 Box.size #1',
    ].sort((a, b) => a.localeCompare(b)));
  });

  it('passes a correct block and reports a wrong one at its source line', () => {
    const [first, second, third] = [...check.examples].sort((a, b) => a.line - b.line);
    expect(check.globalDiagnostics).toEqual([]);
    expect(first && check.diagnosticsOf(first)).toEqual([]);
    expect(second && check.diagnosticsOf(second)).toEqual([
      "src/index.ts:11:7 TS2322: Type 'number' is not assignable to type 'string'.",
    ]);
    expect(third && check.diagnosticsOf(third)).toEqual([]);
  });
});
