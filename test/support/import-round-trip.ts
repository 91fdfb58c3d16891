import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StateMachine } from '../../src/asl/index.js';
import { importAsl } from '../../src/codegen/index.js';
import { readConformance } from './conformance.js';

/** The repository root (generated modules are written under its git-ignored `temp/`, where `zod` resolves). */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A definition to import: a conformance case or an example. */
export interface ImportSubject {
  readonly id: string;
  readonly definition: unknown;
}

/** Every conformance case definition and every `examples/<name>/*.asl.json`. */
export function importSubjects(): ImportSubject[] {
  const cases = readConformance<{ definition: unknown }>('cases').map(({ name, data }) => ({ id: name.replace(/\.json$/, ''), definition: data.definition }));
  const examples = readdirSync(join(repositoryRoot, 'examples')).flatMap((dir) =>
    readdirSync(join(repositoryRoot, 'examples', dir))
      .filter((file) => file.endsWith('.asl.json'))
      .map((file) => ({ id: `examples/${dir}/${file}`, definition: JSON.parse(readFileSync(join(repositoryRoot, 'examples', dir, file), 'utf8')) as unknown })),
  );
  return [...cases, ...examples];
}

/** What importing one subject gave: the generated source, or the error `importAsl` threw. */
export type Imported = { readonly id: string; readonly source: string } | { readonly id: string; readonly error: Error };

export function importSubject(subject: ImportSubject): Imported {
  try {
    return { id: subject.id, source: importAsl(subject.definition, { name: 'Imported' }) };
  } catch (error) {
    return { id: subject.id, error: error as Error };
  }
}

/** A scratch folder under `temp/`, removed by `dispose`. */
export function scratchFolder(prefix: string): { readonly dir: string; write(id: string, source: string): string; dispose(): void } {
  mkdirSync(join(repositoryRoot, 'temp'), { recursive: true });
  const dir = mkdtempSync(join(repositoryRoot, 'temp', prefix));
  return {
    dir,
    write: (id, source) => {
      const file = join(dir, `${id.replaceAll('/', '_')}.ts`);
      writeFileSync(file, source);
      return file;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The ASL of the workflow a generated module exports (its only export besides the input schema). */
export function aslOf(module: Record<string, unknown>): StateMachine {
  const workflow = module.imported as { toAsl(): StateMachine } | undefined;
  if (workflow === undefined) throw new Error(`The generated module exports no "imported" workflow (exports: ${Object.keys(module).join(', ')})`);
  return workflow.toAsl();
}
