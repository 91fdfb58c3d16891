import { readdir } from 'node:fs/promises';

/**
 * The `*.asl.<format>` files in `outDir` that no workflow of `names` makes (left by a workflow since
 * renamed or removed), sorted; none when the directory does not exist.
 */
export async function orphanedFiles(outDir: string, names: Iterable<string>, format: 'json' | 'yaml'): Promise<string[]> {
  const suffix = `.asl.${format}`;
  const made = new Set([...names].map((name) => `${name}${suffix}`));
  let entries;
  try {
    entries = await readdir(outDir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(suffix) && !made.has(entry.name)).map((entry) => entry.name).sort();
}
