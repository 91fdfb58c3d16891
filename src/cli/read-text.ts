import { readFile } from 'node:fs/promises';

/** A file a command needs that cannot be read. */
export class FileProblem extends Error {}

/** The file's text; a missing or unreadable file rejects with a {@link FileProblem} naming it. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    throw new FileProblem(code === 'ENOENT' ? `${file}: no such file` : `${file} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
