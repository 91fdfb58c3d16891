// Type-checking cost of the builder: generates workflows (chains of 25 to 150 states; 250 and 500
// states from fragments of 50, each typed by an interface written out; a Choice every 10th state with
// a loop; payloads 5 levels deep where said; a 100-state chain with 20 variables; 1, 2, 4 and 8 blocks
// of Parallel/Map nesting 3 deep, also after 20 variables read at every level), runs `tsc --noEmit --extendedDiagnostics` on each against
// the package's declarations (as a user's project sees them) and prints check time, instantiations
// (also per state, above a one-state baseline), memory, TS2589 and where an error put in state 73 of a
// 100-state chain is reported. `npx tsx scripts/bench-types.ts 100 73` runs only the matching cases.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generate, type ChainSpec } from './bench-types/generate.js';
import { generateNested, nestedStates, type NestedSpec } from './bench-types/generate-nested.js';
import { runTsc } from './bench-types/tsc.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'node_modules/.cache/statewright-bench-types');
mkdirSync(dir, { recursive: true });

// The package's declarations, so the benchmark checks the workflows and not statewright's sources.
const dts = path.join(dir, 'dts');
writeFileSync(
  path.join(dir, 'tsconfig.dts.json'),
  JSON.stringify({
    extends: path.join(root, 'tsconfig.json'),
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: dts, rootDir: path.join(root, 'src'), skipLibCheck: true },
    files: [path.join(root, 'src/index.ts')],
    include: [],
  }),
);
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.dts.json')], { stdio: 'inherit' });
const entry = path.join(dts, 'index.d.ts');

type Case = { readonly label: string } & ({ readonly chain: ChainSpec } | { readonly nested: NestedSpec });
const chains: Case[] = [
  { label: 'chain 25', chain: { states: 25 } },
  { label: 'chain 50', chain: { states: 50 } },
  { label: 'chain 100', chain: { states: 100 } },
  { label: 'chain 150', chain: { states: 150 } },
  { label: 'chain 100, deep', chain: { states: 100, deep: true } },
  { label: 'chain 100, 20 variables', chain: { states: 100, variables: 20 } },
  { label: 'fragments 250, deep', chain: { states: 250, deep: true, fragmentSize: 50 } },
  { label: 'fragments 500, deep', chain: { states: 500, deep: true, fragmentSize: 50 } },
];
const nested: Case[] = [1, 2, 4, 8].flatMap((blocks) => [
  { label: `nested 3 deep x${blocks}`, nested: { blocks } },
  { label: `nested 3 deep x${blocks}, 20 variables`, nested: { blocks, variables: 20 } },
]);
const cases = [...chains, ...nested];

// `npx tsx scripts/bench-types.ts 100 250` runs only the cases whose label contains one of the words.
const only = process.argv.slice(2);
const selected = cases.filter((c) => only.length === 0 || only.some((word) => c.label.includes(word)));

const check = (name: string, source: string) => {
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(file, source);
  return { file, figures: runTsc(dir, file, entry, root) };
};

const baseline = check('baseline', generate({ states: 1 })).figures;
console.log(`baseline (1 state): check ${baseline.checkSeconds.toFixed(2)} s, ${baseline.instantiations} instantiations, ${baseline.memoryMb} MB`);
console.log('| workflow | states | check s | instantiations | per state | memory MB | TS2589 | errors |');
console.log('|---|---|---|---|---|---|---|---|');
const firstErrors: string[] = [];
for (const c of selected) {
  const [source, states] = 'chain' in c ? [generate(c.chain), c.chain.states] : [generateNested(c.nested), nestedStates(c.nested)];
  const { figures } = check(c.label.replaceAll(/[^a-z0-9]+/g, '-'), source);
  const perState = Math.round((figures.instantiations - baseline.instantiations) / states);
  const deep = figures.errors.filter((e) => e.includes('TS2589')).length;
  console.log(`| ${c.label} | ${states} | ${figures.checkSeconds.toFixed(2)} | ${figures.instantiations} | ${perState} | ${figures.memoryMb} | ${deep} | ${figures.errors.length} |`);
  const first = figures.errors[0];
  if (first !== undefined) firstErrors.push(`  ${c.label}: ${path.basename(first)}`);
}
if (firstErrors.length > 0) console.log(`\nfirst error of each case with errors:\n${firstErrors.join('\n')}`);

if (only.length > 0 && !only.includes('73')) process.exit(0);

// One wrong path in state 73: where does tsc put the error? Each state is one line of the file.
const bad = check('bad-73', generate({ states: 100, badState: 73 }));
const stateLine = generate({ states: 100, badState: 73 }).split('\n').findIndex((line) => line.includes("'Task 73'")) + 1;
console.log(`\nerror in state 73 (line ${stateLine}) of a 100-state chain: ${bad.figures.errors.length} error(s)`);
for (const error of bad.figures.errors) console.log(`  ${path.basename(error)}`);
