import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Diagnostic } from '../../compile/diagnostic.js';
import { collectWorkflows, describeSources } from '../build/collect.js';
import { ConfigProblem, loadConfig } from '../build/config.js';
import { definitionOf } from '../build/definition-of.js';
import { orphanedFiles } from '../build/orphans.js';
import { stateOfPointer } from '../build/state-of-pointer.js';
import type { Substitutions } from '../build/substitute.js';
import { LoadError, typescriptLoader, type ModuleLoader } from '../load/typescript-loader.js';
import { workflowsOf, type FoundWorkflow } from '../load/workflow-exports.js';
import type { CommandIo } from './validate.js';

/** Options of `statewright build`, as commander parses them. */
export interface BuildCommandOptions {
  readonly outDir?: string;
  readonly format?: 'json' | 'yaml';
  readonly check?: boolean;
  readonly substitutions?: string;
  readonly config?: string;
  /** The directory entries, config and out dir are relative to (default: the process's). */
  readonly cwd?: string;
}

/** A problem with the command line, the config or the entries, before any workflow is emitted. */
class UsageProblem extends Error {}

/**
 * Loads the entry modules, finds every exported workflow, validates it and writes
 * `<outDir>/<Name>.asl.json` (or `.asl.yaml`); with `check`, writes nothing and fails when a file is
 * missing or differs, or when a file of the format in the out dir is made by no workflow any more. Resolves to the exit code: 0 when every workflow was written (or is up to date),
 * 1 otherwise (each problem on stderr, naming file, workflow, state and JSON pointer).
 */
export async function buildCommand(entries: readonly string[], options: BuildCommandOptions, io: CommandIo): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const loader = await typescriptLoader();
  try {
    return await build(entries, options, cwd, loader, io);
  } catch (error) {
    if (error instanceof UsageProblem || error instanceof ConfigProblem || error instanceof LoadError) {
      io.stderr(`statewright build: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await loader.close();
  }
}

async function build(entries: readonly string[], options: BuildCommandOptions, cwd: string, loader: ModuleLoader, io: CommandIo): Promise<number> {
  const { config, source } = await loadConfig(cwd, options.config, loader);
  const patterns = entries.length > 0 ? entries : (config.entries ?? []);
  const outDir = options.outDir ?? config.outDir;
  const format = options.format ?? config.format ?? 'json';
  if (patterns.length === 0) throw new UsageProblem(`no entry files: give them as arguments or as "entries" in ${source ?? 'statewright.config.ts or the "statewright" field of package.json'}`);
  if (outDir === undefined) throw new UsageProblem(`no output directory: give --out-dir or "outDir" in ${source ?? 'statewright.config.ts or the "statewright" field of package.json'}`);
  const substitutions = await readSubstitutions(options.substitutions ?? config.substitutions, cwd);

  let failed = false;
  let loaded = true;
  const perFile: FoundWorkflow[][] = [];
  for (const file of await entryFiles(patterns, cwd)) {
    try {
      perFile.push(workflowsOf(await loader.load(file), file));
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      io.stderr(error.message);
      failed = true;
      loaded = false;
    }
  }
  const { unique, duplicates } = collectWorkflows(perFile);
  for (const duplicate of duplicates) {
    io.stderr(`workflow name "${duplicate.name}" is used by ${duplicate.found.length} workflows: ${describeSources(duplicate.found, cwd)}; nothing written for it`);
    failed = true;
  }
  if (unique.length === 0 && duplicates.length === 0) {
    if (failed) return 1;
    io.stderr(`no exported workflow found in ${perFile.length} file${perFile.length === 1 ? '' : 's'} (a workflow is an exported value made by workflow())`);
    return 1;
  }

  const stale: string[] = [];
  for (const found of unique) {
    const outcome = await emit(found, { cwd, outDir, format, substitutions, check: options.check === true }, io);
    if (outcome === 'failed') failed = true;
    else if (outcome !== 'done') stale.push(outcome.stale);
  }
  // A file no workflow makes any more is stale too (judged only when every entry loaded).
  if (options.check === true && loaded) {
    const names = [...unique.map((found) => found.workflow.name), ...duplicates.map((duplicate) => duplicate.name)];
    for (const file of await orphanedFiles(resolve(cwd, outDir), names, format)) {
      const shown = relative(cwd, join(resolve(cwd, outDir), file));
      io.stderr(`Orphaned ${shown} (no workflow makes it any more: delete it)`);
      stale.push(shown);
    }
  }
  if (stale.length > 0) io.stderr(`${stale.length} file${stale.length === 1 ? ' is' : 's are'} out of date: run statewright build without --check`);
  return failed || stale.length > 0 ? 1 : 0;
}

interface EmitContext {
  readonly cwd: string;
  readonly outDir: string;
  readonly format: 'json' | 'yaml';
  readonly substitutions: Substitutions;
  readonly check: boolean;
}

/** Validates one workflow and writes (or with `check` compares) its file; problems go to stderr. */
async function emit(found: FoundWorkflow, context: EmitContext, io: CommandIo): Promise<'done' | 'failed' | { readonly stale: string }> {
  const { cwd, outDir, format } = context;
  const name = found.workflow.name;
  const where = `${relative(cwd, found.file)}: workflow ${name}`;
  if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..') {
    io.stderr(`${where}: its name cannot be a file name; nothing written`);
    return 'failed';
  }
  const outcome = definitionOf(found.workflow, context.substitutions);
  if (!outcome.ok) {
    if ('failure' in outcome) io.stderr(`${where}: ${outcome.failure}; nothing written`);
    else {
      for (const d of outcome.diagnostics) io.stderr(`${where}: ${diagnosticLine(d)}`);
      io.stderr(`${where}: ${outcome.diagnostics.length} error${outcome.diagnostics.length === 1 ? '' : 's'}; nothing written`);
    }
    return 'failed';
  }
  for (const d of outcome.warnings) io.stderr(`${where}: warning ${diagnosticLine(d)}`);
  for (const placeholder of outcome.unresolved) io.stderr(`${where}: warning \${${placeholder}} has no substitution and stays as it is`);
  const target = join(resolve(cwd, outDir), `${name}.asl.${format}`);
  const text = format === 'yaml' ? (await import('yaml')).stringify(outcome.definition) : `${JSON.stringify(outcome.definition, null, 2)}\n`;
  const current = await readIfExists(target);
  const shown = relative(cwd, target);
  if (current === text) {
    io.stdout(`${context.check ? 'Up to date' : 'Unchanged'} ${shown} (${name})`);
  } else if (context.check) {
    io.stderr(`${current === undefined ? 'Missing' : 'Stale'} ${shown} (${name} from ${relative(cwd, found.file)})`);
    return { stale: shown };
  } else {
    await mkdir(resolve(cwd, outDir), { recursive: true });
    await writeFile(target, text);
    io.stdout(`Wrote ${shown} (${name})`);
  }
  return 'done';
}

/** `state 'Submit Job': SCHEMA_VALIDATION_FAILED … (#/States/Submit Job/Resource)` */
function diagnosticLine(d: Diagnostic): string {
  const state = stateOfPointer(d.path);
  return `${state === undefined ? '' : `state '${state}': `}${d.code} ${d.message} (#${d.path})`;
}

async function entryFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/*.d.ts', '**/*.d.mts'], expandDirectories: false });
    if (matches.length === 0) throw new UsageProblem(isDynamicPattern(pattern) ? `${pattern} matches no file` : `${pattern}: no such file`);
    for (const match of matches.sort()) files.add(match);
  }
  return [...files];
}

async function readSubstitutions(setting: string | Substitutions | undefined, cwd: string): Promise<Substitutions> {
  if (setting === undefined) return {};
  if (typeof setting !== 'string') return setting;
  const text = await readIfExists(resolve(cwd, setting));
  if (text === undefined) throw new UsageProblem(`--substitutions ${setting}: no such file`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageProblem(`--substitutions ${setting} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const shape = `--substitutions ${setting} must be a JSON object of strings, numbers or booleans`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageProblem(shape);
  const bad = Object.entries(value).find(([, v]) => !['string', 'number', 'boolean'].includes(typeof v));
  if (bad !== undefined) throw new UsageProblem(`${shape} (#/${bad[0]} is not)`);
  return value as Substitutions;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

function format(value: string): 'json' | 'yaml' {
  if (value === 'json' || value === 'yaml') return value;
  throw new InvalidArgumentError('expected json or yaml');
}

/** Adds `statewright build` to the program. */
export function registerBuildCommand(program: Command, io: CommandIo): void {
  program
    .command('build')
    .description('load TypeScript modules, validate every exported workflow and write DIR/<Name>.asl.json')
    .argument('[entries...]', 'entry files or globs (default: "entries" of the config)')
    .option('--out-dir <dir>', 'where the files go (default: "outDir" of the config)')
    .option('--format <format>', 'json (default) or yaml', format)
    .option('--check', 'write nothing; exit 1 when a file is missing, out of date or made by no workflow any more (for CI)')
    .option('--substitutions <file>', 'a JSON object of values for ${Name} placeholders, as SAM DefinitionSubstitutions')
    .option('--config <file>', 'the config file (default: statewright.config.ts, else the "statewright" field of package.json)')
    .action(async (entries: string[], options: BuildCommandOptions) => {
      process.exitCode = await buildCommand(entries, options, io);
    });
}
