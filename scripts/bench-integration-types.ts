// Type-checking cost of the typed service integrations: a chain of N SNS Publish tasks written with
// `snsPublish(…)` from statewright/integrations, against the same tasks written out (resource,
// parameters and a zod `result` schema), each discarding its result (`resultPath: null`). Counts instantiations and check time in-process (as
// test/builder/type-budget.test.ts does) and prints a table. `npx tsx scripts/bench-integration-types.ts 50`
// runs one length.
import * as path from 'node:path';
import ts from 'typescript';
import { projectCompilerOptions } from '../test/docs/jsdoc-examples.js';

const root = path.resolve(import.meta.dirname, '..');
const file = path.join(root, 'scripts/__generated-integrations__.ts');
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:t';

function source(kind: 'helper' | 'written', tasks: number): string {
  const task = (i: number) =>
    kind === 'helper'
      ? `  .task('T${i}', { ...snsPublish({ TopicArn: '${TOPIC}', 'Message.$': '$.m' }), resultPath: null })`
      : `  .task('T${i}', { resource: 'arn:aws:states:::sns:publish', parameters: { TopicArn: '${TOPIC}', 'Message.$': '$.m' }, result: z.object({ MessageId: z.string() }), resultPath: null })`;
  return [
    "import { z } from 'zod';",
    "import { workflow } from 'statewright';",
    "import { snsPublish } from 'statewright/integrations';",
    'void z; void snsPublish;',
    "export const wf = workflow<{ m: string }>('W')",
    ...Array.from({ length: tasks }, (_, i) => task(i)),
    "  .succeed('Done');",
  ].join('\n');
}

function measure(text: string): { instantiations: number; seconds: number; errors: number } {
  const options = { ...projectCompilerOptions(root), noEmit: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => (path.resolve(name) === file ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const started = performance.now();
  const program = ts.createProgram([file], options, host);
  // Public in the compiler, missing from typescript.d.ts.
  const checker = program.getTypeChecker() as ts.TypeChecker & { getInstantiationCount(): number };
  const target = program.getSourceFile(file);
  const diagnostics = target ? program.getSemanticDiagnostics(target) : [];
  if (process.env['SHOW_ERRORS'] !== undefined) for (const d of diagnostics.slice(0, 3)) console.log(ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 300));
  const errors = target ? diagnostics.length : -1;
  return { instantiations: checker.getInstantiationCount(), seconds: (performance.now() - started) / 1000, errors };
}

const lengths = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [25, 50, 100];
console.log('| tasks | written out: instantiations | s | errors | with snsPublish: instantiations | s | errors |');
console.log('|---|---|---|---|---|---|---|');
for (const tasks of lengths) {
  const written = measure(source('written', tasks));
  const helper = measure(source('helper', tasks));
  console.log(`| ${tasks} | ${written.instantiations} | ${written.seconds.toFixed(1)} | ${written.errors} | ${helper.instantiations} | ${helper.seconds.toFixed(1)} | ${helper.errors} |`);
}
