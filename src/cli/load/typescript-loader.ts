import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** Imports modules through tsx, TypeScript included, honouring the nearest tsconfig.json (`paths` too). */
export interface ModuleLoader {
  /** The module's exports; a failure (syntax, type-stripping, a throw at load) rejects with a message naming the file. */
  readonly load: (file: string) => Promise<Readonly<Record<string, unknown>>>;
  /** Removes the loader's hooks. */
  readonly close: () => Promise<void>;
}

/**
 * One tsx namespace for a whole command, so modules imported by several entries load once and a
 * workflow re-exported by two entry files is the same object.
 */
export async function typescriptLoader(): Promise<ModuleLoader> {
  // Imported on first use: tsx takes a noticeable time to load, and most commands never need it.
  const { register } = await import('tsx/esm/api');
  const api = register({ namespace: randomUUID() });
  return {
    load: async (file) => {
      try {
        return (await api.import(pathToFileURL(file).href, import.meta.url)) as Readonly<Record<string, unknown>>;
      } catch (error) {
        throw new LoadError(`${file} could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
    close: () => api.unregister(),
  };
}

/** A module that could not be imported. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
}
