// Imports every conformance case definition (../shared/conformance/cases) and every example with
// `importAsl`, loads each generated module, and prints how many round-trip, why the others cannot,
// and which generated modules the builder types reject: npm run import:report [-- --no-types]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Project } from 'ts-morph';
import { importAsl, UnsupportedFeatureError } from '../src/codegen/index.js';
import { loadCases } from './conformance/case-file.js';
import { reasonOf, tally } from './import/reasons.js';

const root = path.resolve(import.meta.dirname, '..');
const casesDir = path.resolve(root, '../shared/conformance/cases');
const subjects = [
  ...loadCases(casesDir).map((c) => ({ id: c.id, definition: c.definition })),
  ...readdirSync(path.join(root, 'examples')).flatMap((dir) =>
    readdirSync(path.join(root, 'examples', dir))
      .filter((file) => file.endsWith('.asl.json'))
      .map((file) => ({ id: `examples/${dir}/${file}`, definition: JSON.parse(readFileSync(path.join(root, 'examples', dir, file), 'utf8')) as unknown })),
  ),
];

mkdirSync(path.join(root, 'temp'), { recursive: true });
const dir = mkdtempSync(path.join(root, 'temp', 'import-report-'));
const refused: string[][] = [];
const failed: string[] = [];
const generated: { id: string; file: string; source: string }[] = [];
try {
  for (const subject of subjects) {
    let source: string;
    try {
      source = importAsl(subject.definition, { name: 'Imported' });
    } catch (error) {
      if (error instanceof UnsupportedFeatureError) refused.push([...new Set(error.features.map(reasonOf))].sort());
      else failed.push(`${subject.id}: ${error instanceof Error ? error.message.split('\n').slice(0, 2).join(' ') : String(error)}`);
      continue;
    }
    const file = path.join(dir, `${subject.id.replaceAll('/', '_')}.ts`);
    writeFileSync(file, source);
    const module = (await import(file)) as { imported: { toAsl(): unknown } };
    if (isDeepStrictEqual(module.imported.toAsl(), subject.definition)) generated.push({ id: subject.id, file, source });
    else failed.push(`${subject.id}: toAsl() differs from the definition`);
  }

  console.log(`Round trip: ${generated.length} of ${subjects.length} definitions (${subjects.length - generated.length} not)`);
  console.log(`\nRefused, by the set of features the DSL cannot express yet (${refused.length}):`);
  for (const [label, count] of tally(refused.map((r) => r.join(' + ')))) console.log(`  ${String(count).padStart(4)}  ${label}`);
  console.log('\nCases each feature blocks (alone: the only thing missing for that case):');
  for (const [label, count] of tally(refused.flat())) {
    const alone = refused.filter((r) => r.length === 1 && r[0] === label).length;
    console.log(`  ${String(count).padStart(4)}  ${label} (alone: ${alone})`);
  }
  console.log(`\nNeither (invalid definitions or errors) (${failed.length}):`);
  for (const line of failed) console.log(`  ${line}`);

  if (!process.argv.includes('--no-types')) {
    const project = new Project({ tsConfigFilePath: path.join(root, 'tsconfig.json'), skipAddingFilesFromTsConfig: true });
    const files = generated.map((g) => project.addSourceFileAtPath(g.file));
    const started = performance.now();
    const rejected = files.flatMap((file, i) => {
      const diagnostics = project.getProgram().getSemanticDiagnostics(file);
      const first = diagnostics[0]?.getMessageText();
      return first === undefined ? [] : [`${generated[i]?.id ?? ''}: ${typeof first === 'string' ? first : first.getMessageText()}`];
    });
    console.log(`\nType check: ${files.length - rejected.length} of ${files.length} generated modules pass (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const line of rejected) console.log(`  ${line}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
