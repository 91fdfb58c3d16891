import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { ModuleLoader } from '../load/typescript-loader.js';

/** What `statewright.config.ts` (its default export) or the `statewright` field of package.json may set for `build`. */
export const BuildConfigSchema = z.strictObject({
  /** Entry files or globs. */
  entries: z.array(z.string()).optional(),
  /** Where the `.asl.json`/`.asl.yaml` files go. */
  outDir: z.string().optional(),
  format: z.enum(['json', 'yaml']).optional(),
  /** A JSON file of `${Name}` substitutions, or the substitutions themselves. */
  substitutions: z.union([z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))]).optional(),
});

/** The build settings of a config file. */
export type BuildConfig = z.infer<typeof BuildConfigSchema>;

/** A config with the file it came from (`undefined` when there is none). */
export interface LoadedConfig {
  readonly config: BuildConfig;
  readonly source: string | undefined;
}

const CONFIG_FILES = ['statewright.config.ts', 'statewright.config.mts', 'statewright.config.js', 'statewright.config.mjs'];

/** A config file or package.json that cannot be used. */
export class ConfigProblem extends Error {}

/**
 * The build config: the `--config` file, else the first `statewright.config.{ts,mts,js,mjs}` in `cwd`,
 * else the `statewright` field of `cwd/package.json`, else an empty config.
 */
export async function loadConfig(cwd: string, explicit: string | undefined, loader: ModuleLoader): Promise<LoadedConfig> {
  const file = explicit === undefined ? await firstExisting(CONFIG_FILES.map((name) => join(cwd, name))) : resolve(cwd, explicit);
  if (file !== undefined) {
    const module = await loader.load(file);
    return { config: parse(module['default'], file, 'its default export'), source: file };
  }
  const manifest = join(cwd, 'package.json');
  let text: string;
  try {
    text = await readFile(manifest, 'utf8');
  } catch {
    return { config: {}, source: undefined };
  }
  let field: unknown;
  try {
    field = (JSON.parse(text) as Record<string, unknown> | null)?.['statewright'];
  } catch (error) {
    throw new ConfigProblem(`${manifest} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return field === undefined ? { config: {}, source: undefined } : { config: parse(field, manifest, 'its "statewright" field'), source: manifest };
}

function parse(value: unknown, file: string, what: string): BuildConfig {
  const parsed = BuildConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.message} at #/${issue.path.map(String).join('/')}`);
  throw new ConfigProblem(`${file}: ${what} is not a statewright build config: ${problems.join('; ')}`);
}

async function firstExisting(files: readonly string[]): Promise<string | undefined> {
  for (const file of files) {
    try {
      await access(file);
      return file;
    } catch {
      // not this one
    }
  }
  return undefined;
}
