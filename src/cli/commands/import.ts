import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { pascalCase } from '../../codegen/identifiers.js';
import { InvalidDefinitionError } from '../../compile/invalid-definition-error.js';
import type { CommandIo } from './validate.js';

/** Options of `statewright import`, as commander parses them. */
export interface ImportCommandOptions {
  /** The TypeScript file to write (default: print it). */
  readonly out?: string;
  /** The workflow's name (default: the definition file's name, in PascalCase). */
  readonly name?: string;
  /** A JSON file holding a sample execution input, to infer the input schema from. */
  readonly inputSample?: string;
}

/** A file that cannot be read or is not JSON. */
class FileProblem extends Error {}

/**
 * Generates the builder TypeScript of an ASL definition file and writes it to `--out` (or prints it).
 * Resolves to the exit code: 1 when a file cannot be read, the definition is invalid or uses a feature
 * the DSL cannot express (each named on stderr with its state, field and JSON pointer).
 */
export async function importCommand(file: string, options: ImportCommandOptions, io: CommandIo): Promise<number> {
  // Loaded here, not at start-up: the code generator brings ts-morph, which only this command needs.
  const { importAsl, UnsupportedFeatureError } = await import('../../codegen/index.js');
  try {
    const definition = await readText(file);
    const inputSample = options.inputSample === undefined ? undefined : parseJson(await readText(options.inputSample), options.inputSample);
    const source = importAsl(definition, { name: options.name ?? nameOf(file), inputSample });
    if (options.out === undefined) io.stdout(source.trimEnd());
    else await writeFile(options.out, source);
    return 0;
  } catch (error) {
    if (error instanceof FileProblem || error instanceof InvalidDefinitionError || error instanceof UnsupportedFeatureError) {
      io.stderr(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** `statewright import <definition> [--out file.ts] [--name Name] [--input-sample sample.json]`. */
export function registerImportCommand(program: Command, io: CommandIo): void {
  program
    .command('import')
    .description('generate the builder TypeScript of an ASL definition (toAsl() gives the definition back)')
    .argument('<definition>', 'ASL JSON file')
    .option('--out <file>', 'the TypeScript file to write (default: print it)')
    .option('--name <name>', "the workflow's name (default: from the file name)")
    .option('--input-sample <file>', 'a JSON file with a sample execution input, to infer the input schema from')
    .action(async (file: string, options: ImportCommandOptions) => {
      process.exitCode = await importCommand(file, options, io);
    });
}

/** `batch-job.asl.json` → `BatchJob`. */
function nameOf(file: string): string {
  return pascalCase(basename(file).replace(/(\.asl)?\.json$/i, ''));
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FileProblem(`${where} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new FileProblem(`${file} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
