/**
 * `npm run check:package`: packs the package as npm would publish it (prepack builds dist/), then
 *   1. checks the tarball's manifest: `exports` match scripts/package-entries.ts, `types` first in
 *      each condition, every target file packed, the bin executable with a node hashbang;
 *   2. loads every entry from the unpacked tarball with `import()` and with `require()` (same export
 *      names) and runs the bin with `--help`;
 *   3. runs publint (strict) and attw (profile node16: ESM + CJS under node16/nodenext and bundlers)
 *      on the tarball.
 * Nothing is relaxed in publint or attw; add `--ignore-rules` here with a reason if one ever must be.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { cliEntry, packageEntries, specifierOf } from './package-entries.js';

const root = path.resolve(import.meta.dirname, '..');
// Under the project so that the unpacked package resolves its dependencies from node_modules.
const work = path.join(root, 'temp', 'check-package');
const problems: string[] = [];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: readonly string[]): boolean {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
if (!run(npm, ['pack', '--pack-destination', work])) {
  console.error('check:package: npm pack failed');
  process.exit(1);
}
const tarballName = readdirSync(work).find((f) => f.endsWith('.tgz'));
if (tarballName === undefined) {
  console.error(`check:package: npm pack wrote no tarball to ${work}`);
  process.exit(1);
}
const tarball = path.join(work, tarballName);
execFileSync('tar', ['-xzf', tarball, '-C', work]);
const unpacked = path.join(work, 'package');

// 1. The manifest.
interface Manifest {
  readonly exports?: Record<string, unknown>;
  readonly bin?: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as Manifest;
const exportsField = manifest.exports ?? {};
const expectedKeys = [...packageEntries.map((e) => e.subpath), './package.json'];
const actualKeys = Object.keys(exportsField);
if (JSON.stringify([...actualKeys].sort()) !== JSON.stringify([...expectedKeys].sort())) {
  problems.push(`exports keys ${actualKeys.join(', ')} differ from package-entries.ts: ${expectedKeys.join(', ')}`);
}

function packed(target: string, where: string): void {
  try {
    accessSync(path.join(unpacked, target), constants.R_OK);
  } catch {
    problems.push(`${where} -> ${target} is not in the tarball`);
  }
}

for (const entry of packageEntries) {
  const conditions = exportsField[entry.subpath] as Record<string, Record<string, string>> | undefined;
  if (conditions === undefined) continue;
  const expected = {
    import: { types: `./dist/${entry.outName}.d.ts`, default: `./dist/${entry.outName}.js` },
    require: { types: `./dist/${entry.outName}.d.cts`, default: `./dist/${entry.outName}.cjs` },
  };
  for (const [condition, targets] of Object.entries(expected)) {
    const actual = conditions[condition];
    if (actual === undefined) {
      problems.push(`exports["${entry.subpath}"] has no "${condition}" condition`);
      continue;
    }
    if (Object.keys(actual)[0] !== 'types') problems.push(`exports["${entry.subpath}"].${condition}: "types" must come first`);
    if (JSON.stringify(actual) !== JSON.stringify(targets)) {
      problems.push(`exports["${entry.subpath}"].${condition} is ${JSON.stringify(actual)}, expected ${JSON.stringify(targets)}`);
    }
    for (const target of Object.values(actual)) packed(target, `exports["${entry.subpath}"].${condition}`);
  }
}

const bin = manifest.bin?.statewright;
if (bin === undefined) problems.push('bin.statewright is missing');
else if (path.posix.normalize(bin) !== path.posix.normalize(cliEntry.outFile)) {
  problems.push(`bin.statewright is ${bin}, expected ./${cliEntry.outFile}`);
} else {
  packed(bin, 'bin.statewright');
  try {
    accessSync(path.join(unpacked, bin), constants.X_OK);
  } catch {
    problems.push(`bin ${bin} is not executable in the tarball`);
  }
  const firstLine = readFileSync(path.join(unpacked, bin), 'utf8').split('\n', 1)[0];
  if (firstLine !== '#!/usr/bin/env node') problems.push(`bin ${bin} starts with ${JSON.stringify(firstLine)}, not a node hashbang`);
}

// 2. Every entry loads in both module systems, with the same exports (an entry on an ESM-only peer
// loads as ESM, and its require() fails with the peer's message); the bin runs.
for (const entry of packageEntries) {
  const esm = path.join(unpacked, 'dist', `${entry.outName}.js`);
  const cjs = path.join(unpacked, 'dist', `${entry.outName}.cjs`);
  if (entry.esmOnlyPeer !== undefined) {
    checkEsmOnly(entry.esmOnlyPeer, esm, cjs, specifierOf(entry));
    continue;
  }
  const script = [
    "import { createRequire } from 'node:module';",
    `const esm = Object.keys(await import(${JSON.stringify(esm)})).sort();`,
    `const cjs = Object.keys(createRequire(import.meta.url)(${JSON.stringify(cjs)})).sort();`,
    "if (esm.join() !== cjs.join()) throw new Error(`ESM exports [${esm.join(', ')}] differ from CJS [${cjs.join(', ')}]`);",
  ].join('\n');
  const loaded = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: work, encoding: 'utf8' });
  if (loaded.status !== 0) problems.push(`${specifierOf(entry)} does not load: ${loaded.stderr.trim()}`);
}
if (bin !== undefined) {
  const help = spawnSync(path.join(unpacked, bin), ['--help'], { cwd: work, encoding: 'utf8' });
  if (help.status !== 0) problems.push(`\`statewright --help\` from the tarball failed: ${(help.stderr || String(help.error)).trim()}`);
}

// 3. publint and attw on the tarball.
if (!run(path.join(root, 'node_modules', '.bin', 'publint'), ['run', tarball, '--strict'])) problems.push('publint failed');
if (!run(path.join(root, 'node_modules', '.bin', 'attw'), [tarball, '--profile', 'node16', '--no-emoji'])) problems.push('attw failed');

function checkEsmOnly(peer: string, esm: string, cjs: string, specifier: string): void {
  const imported = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(esm)});`], { cwd: work, encoding: 'utf8' });
  if (imported.status !== 0) problems.push(`${specifier} does not load as ESM: ${imported.stderr.trim()}`);
  const required = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(cjs)});`], { cwd: work, encoding: 'utf8' });
  if (required.status === 0 || !required.stderr.includes('import')) {
    problems.push(`${specifier}: require() should fail with ${peer}'s own "use import" message, got status ${String(required.status)}: ${required.stderr.trim().slice(0, 300)}`);
  }
}

if (problems.length > 0) {
  console.error('\ncheck:package failed:');
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log(`\ncheck:package: ${tarballName} is well-formed (${String(packageEntries.length)} entries + bin)`);
