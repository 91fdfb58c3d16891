// Guards the type-checking cost of the builder: the instantiations TypeScript spends on a generated
// 100-state chain (scripts/bench-types/generate.ts), counted in-process. The count is deterministic,
// so a regression fails here; timings are the benchmark's business (scripts/bench-types.ts).
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench-types/generate.js';
import { projectCompilerOptions } from '../docs/jsdoc-examples.js';

const root = path.resolve(import.meta.dirname, '../..');
// Issue 7 asks for at most 600,000; the chain measures 595,324 (787,144 before path options were
// checked where they are given instead of constraining every call, and the record lost its `infer`s;
// Choice rule options and outputPath context paths then added 8,685; carrying the execution input into
// branches for `$$.Execution.Input` added 578, context output paths on Wait and Succeed 113, resolving a
// Succeed's output through `infer` 269).
const BUDGET = 596_000;

/** Instantiations spent on checking `source` (and the declarations it uses), in a fresh program. */
function instantiationsOf(source: string): { count: number; errors: string[] } {
  const file = path.join(root, 'test/builder/__generated-chain__.ts');
  const options = { ...projectCompilerOptions(root), noEmit: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  // Public in the compiler, missing from typescript.d.ts.
  const checker = program.getTypeChecker() as ts.TypeChecker & { getInstantiationCount(): number };
  const target = program.getSourceFile(file);
  if (!target) throw new Error('generated file not in the program');
  const errors = program.getSemanticDiagnostics(target).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { count: checker.getInstantiationCount(), errors };
}

describe('type-checking budget', { timeout: 300_000 }, () => {
  it(`a 100-state chain costs at most ${BUDGET} instantiations, with no error`, () => {
    const { count, errors } = instantiationsOf(generate({ states: 100 }));
    expect(errors).toEqual([]);
    expect(count).toBeLessThanOrEqual(BUDGET);
  });
});
