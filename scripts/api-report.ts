/**
 * Writes (`npm run api`) or checks (`npm run api:check`) one API Extractor report per package entry,
 * etc/<report-name>.api.md, from the tsup declarations in dist/ (so build first; both npm scripts do).
 *
 *   tsx scripts/api-report.ts           local mode: update etc/ in place
 *   tsx scripts/api-report.ts --check   CI mode: fail when a report is missing, stale or orphaned
 *
 * TSDoc messages are printed as notes and do not fail, except those in `realTsdocMessages`.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import {
  CompilerState,
  Extractor,
  ExtractorConfig,
  ExtractorLogLevel,
  ExtractorMessageCategory,
  type ExtractorMessage,
} from '@microsoft/api-extractor';
import { packageEntries, reportNameOf, type PackageEntry } from './package-entries.js';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const reportFolder = path.join(root, 'etc');

// TSDoc findings that point at a real mistake rather than at doc-comment style.
const realTsdocMessages = new Set<string>([
  'tsdoc-param-tag-with-invalid-name', // @param not followed by a parameter name
  'tsdoc-undefined-tag', // misspelt or unknown block tag
]);

// API Extractor's engine is its own bundled TypeScript; point it at the project's TypeScript (5.9)
// so the lib typings it analyses against are the ones the package is built with.
const typescriptCompilerFolder = path.dirname(
  createRequire(import.meta.url).resolve('typescript/package.json'),
);

function dtsOf(entry: PackageEntry): string {
  return path.join(root, 'dist', `${entry.outName}.d.ts`);
}

function configFor(entry: PackageEntry): ExtractorConfig {
  const configPath = path.join(root, 'api-extractor.json');
  const configObject = ExtractorConfig.loadFile(configPath);
  configObject.mainEntryPointFilePath = dtsOf(entry);
  configObject.apiReport = { ...configObject.apiReport, enabled: true, reportFileName: reportNameOf(entry) };
  return ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: configPath,
    packageJsonFullPath: path.join(root, 'package.json'),
  });
}

function onMessage(message: ExtractorMessage): void {
  if (message.category !== ExtractorMessageCategory.TSDoc || message.logLevel !== ExtractorLogLevel.Warning) return;
  if (realTsdocMessages.has(message.messageId)) {
    message.logLevel = ExtractorLogLevel.Error;
    return;
  }
  console.log(`tsdoc note: ${message.formatMessageWithLocation(root)}`);
  message.logLevel = ExtractorLogLevel.Info;
  message.handled = true;
}

const missing = packageEntries.filter((e) => !existsSync(dtsOf(e)));
if (missing.length > 0) {
  console.error(`api-report: missing ${missing.map(dtsOf).join(', ')}; run \`npm run build\` first.`);
  process.exit(1);
}

mkdirSync(reportFolder, { recursive: true });
const jobs = packageEntries.map((entry) => ({ name: reportNameOf(entry), config: configFor(entry) }));
const [first] = jobs;
if (first === undefined) throw new Error('no package entries');
// One TypeScript program for every entry.
const compilerState = CompilerState.create(first.config, {
  typescriptCompilerFolder,
  additionalEntryPoints: packageEntries.map(dtsOf),
});

const failures: string[] = [];
for (const { name, config } of jobs) {
  const result = Extractor.invoke(config, {
    localBuild: !check,
    compilerState,
    typescriptCompilerFolder,
    messageCallback: onMessage,
    printApiReportDiff: check,
  });
  const report = `etc/${name}.api.md`;
  if (!result.succeeded) {
    failures.push(
      check && result.apiReportChanged
        ? `${report} is stale or missing: run \`npm run api\` and commit the report`
        : `${report}: ${String(result.errorCount)} error(s), ${String(result.warningCount)} warning(s)`,
    );
  } else if (result.apiReportChanged) {
    console.log(`api-report: updated ${report}`);
  }
}

// A report whose entry is gone.
const expected = new Set(packageEntries.map((e) => `${reportNameOf(e)}.api.md`));
for (const file of readdirSync(reportFolder).filter((f) => f.endsWith('.api.md') && !expected.has(f))) {
  if (check) failures.push(`etc/${file} belongs to no package entry: run \`npm run api\` to remove it`);
  else {
    rmSync(path.join(reportFolder, file));
    console.log(`api-report: removed etc/${file}`);
  }
}

if (failures.length > 0) {
  for (const f of failures) console.error(`api-report: ${f}`);
  process.exit(1);
}
console.log(`api-report: ${String(packageEntries.length)} report(s) ${check ? 'up to date' : 'written'} in etc/`);
