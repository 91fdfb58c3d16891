import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { StateMachine } from '../../asl/index.js';
import type { Diagnostic } from '../../compile/diagnostic.js';
import { validate } from '../../compile/validate.js';
import { toDot } from '../../graph/dot.js';
import { ExecutionFileError, overlayExecution } from '../../graph/execution.js';
import { toHtml } from '../../graph/html.js';
import { toMermaid } from '../../graph/mermaid.js';
import { graphOf } from '../../graph/model.js';
import { definitionOf } from '../build/definition-of.js';
import { LoadError, typescriptLoader } from '../load/typescript-loader.js';
import { workflowsOf } from '../load/workflow-exports.js';
import { FileProblem, readText } from '../read-text.js';
import type { CommandIo } from './validate.js';

/** The formats `statewright graph` writes. */
export type GraphFormat = 'mermaid' | 'dot' | 'html';

/** Options of `statewright graph`, as commander parses them. */
export interface GraphCommandOptions {
  readonly format?: GraphFormat;
  readonly out?: string;
  /** The output of `statewright run --json`, highlighted in the HTML. */
  readonly execution?: string;
  /** The workflow to draw when a module exports several. */
  readonly workflow?: string;
}

/** A problem with the command line or its files. */
class UsageProblem extends Error {}

/**
 * Draws a definition (`.json`) or a workflow exported by a module (`.ts`, `.js`, …) as Mermaid, DOT
 * or a self-contained HTML page, to `out` or stdout. Resolves to the exit code: 0 when drawn, 1 when
 * the source cannot be read or does not validate (each problem on stderr, with its JSON pointer).
 */
export async function graphCommand(source: string, options: GraphCommandOptions, io: CommandIo): Promise<number> {
  const format = options.format ?? 'mermaid';
  try {
    if (options.execution !== undefined && format !== 'html') throw new UsageProblem('--execution needs --format html');
    const loaded = source.endsWith('.json') ? await definitionFile(source) : await workflowModule(source, options.workflow);
    if ('diagnostics' in loaded) {
      for (const d of loaded.diagnostics) io.stderr(`${loaded.where}: ${d.code} ${d.message} (#${d.path})`);
      return 1;
    }
    const graph = graphOf(loaded.definition);
    const text =
      format === 'mermaid'
        ? toMermaid(graph)
        : format === 'dot'
          ? toDot(graph)
          : await toHtml({ title: loaded.title, definition: loaded.definition, graph, execution: options.execution === undefined ? undefined : overlayExecution(graph, await readJson(options.execution)) });
    if (options.out === undefined) io.stdout(text.trimEnd());
    else {
      await writeFile(options.out, text);
      io.stderr(`Wrote ${options.out} (${format}, ${graph.nodes.length - 2} states, ${graph.edges.length} edges)`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageProblem || error instanceof FileProblem || error instanceof LoadError) {
      io.stderr(`statewright graph: ${error.message}`);
      return 1;
    }
    if (error instanceof ExecutionFileError) {
      io.stderr(`statewright graph: --execution ${options.execution ?? ''}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

type Loaded = { readonly title: string; readonly definition: StateMachine } | { readonly where: string; readonly diagnostics: readonly Diagnostic[] };

async function definitionFile(file: string): Promise<Loaded> {
  const text = await readText(file);
  const diagnostics = validate(text).filter((d) => d.severity === 'ERROR');
  if (diagnostics.length > 0) return { where: file, diagnostics };
  return { title: basename(file).replace(/(\.asl)?\.json$/, ''), definition: JSON.parse(text) as StateMachine };
}

async function workflowModule(file: string, wanted: string | undefined): Promise<Loaded> {
  const loader = await typescriptLoader();
  try {
    const found = workflowsOf(await loader.load(resolve(file)), file);
    const names = found.map((f) => f.workflow.name);
    const match = wanted === undefined ? (found.length === 1 ? found[0] : undefined) : found.find((f) => f.workflow.name === wanted);
    if (match === undefined) {
      if (found.length === 0) throw new UsageProblem(`${file} exports no workflow (a workflow is an exported value made by workflow())`);
      throw new UsageProblem(wanted === undefined ? `${file} exports ${found.length} workflows (${names.join(', ')}): pick one with --workflow` : `${file} exports no workflow named ${wanted} (it has ${names.join(', ')})`);
    }
    const outcome = definitionOf(match.workflow, {});
    if (outcome.ok) return { title: match.workflow.name, definition: outcome.definition as StateMachine };
    if ('failure' in outcome) throw new UsageProblem(`${file}: workflow ${match.workflow.name}: ${outcome.failure}`);
    return { where: `${file}: workflow ${match.workflow.name}`, diagnostics: outcome.diagnostics };
  } finally {
    await loader.close();
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageProblem(`${file} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function graphFormat(value: string): GraphFormat {
  if (value === 'mermaid' || value === 'dot' || value === 'html') return value;
  throw new InvalidArgumentError('expected mermaid, dot or html');
}

/** Adds `statewright graph` to the program. */
export function registerGraphCommand(program: Command, io: CommandIo): void {
  program
    .command('graph')
    .description('draw a definition or a workflow module as Mermaid, DOT or a self-contained HTML page')
    .argument('<source>', 'an ASL JSON file, or a module (.ts, .js) exporting a workflow')
    .option('--format <format>', 'mermaid (default), dot or html', graphFormat)
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--execution <file>', 'with --format html: the output of statewright run --json, whose path and data are shown')
    .option('--workflow <name>', 'the workflow to draw when the module exports several')
    .action(async (source: string, options: GraphCommandOptions) => {
      process.exitCode = await graphCommand(source, options, io);
    });
}
