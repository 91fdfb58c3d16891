// A language service over the project's sources and one in-memory file, for completion tests.
import * as path from 'node:path';
import ts from 'typescript';
import { projectCompilerOptions } from '../docs/jsdoc-examples.js';

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, 'test/builder/__completions__.ts');
/** Where the cursor is in a source given to {@link completionsAt}. */
export const CURSOR = '@@';

let text = '';
let version = 0;
const options = { ...projectCompilerOptions(root), noEmit: true };
const host: ts.LanguageServiceHost = {
  getCompilationSettings: () => options,
  getScriptFileNames: () => [file],
  getScriptVersion: (name) => (path.resolve(name) === file ? String(version) : '0'),
  getScriptSnapshot: (name) => {
    if (path.resolve(name) === file) return ts.ScriptSnapshot.fromString(text);
    const disk = ts.sys.readFile(name);
    return disk === undefined ? undefined : ts.ScriptSnapshot.fromString(disk);
  },
  getCurrentDirectory: () => root,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: (name) => path.resolve(name) === file || ts.sys.fileExists(name),
  readFile: (name) => (path.resolve(name) === file ? text : ts.sys.readFile(name)),
  readDirectory: (...args) => ts.sys.readDirectory(...args),
  directoryExists: (name) => ts.sys.directoryExists(name),
  getDirectories: (name) => ts.sys.getDirectories(name),
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());

/**
 * The completion entries the editor offers at the one `@@` in `source` (a module of the project,
 * importing `statewright`), by name.
 */
export function completionsAt(source: string): string[] {
  const at = source.indexOf(CURSOR);
  if (at < 0 || source.slice(at + 1).includes(CURSOR)) throw new Error(`the source must hold exactly one '${CURSOR}'`);
  text = source.slice(0, at) + source.slice(at + CURSOR.length);
  version += 1;
  const info = service.getCompletionsAtPosition(file, at, {});
  return (info?.entries ?? []).map((e) => e.name);
}
