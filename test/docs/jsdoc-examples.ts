/**
 * Finds the ```ts blocks in the `@example` tags of the public API (every declaration exported by a
 * package entry, with its members) and type-checks them as modules importing the package, in one
 * TypeScript program where `statewright`, `statewright/runtime`, ... map to the source entries.
 */
import * as path from 'node:path';
import ts from 'typescript';

export interface ExampleEntry {
  /** Import specifier, e.g. `statewright/runtime`. */
  readonly specifier: string;
  /** Absolute path of the source entry file. */
  readonly file: string;
}

export interface JsdocExample {
  /** `src/x.ts:12 name #1`: where the block starts and which export documents it. */
  readonly label: string;
  /** Source file, relative to the root. */
  readonly file: string;
  /** 1-based line of the block's first code line in the source file. */
  readonly line: number;
  readonly code: string;
  /** Absolute path of the in-memory module that holds the block. */
  readonly virtualFile: string;
}

export interface ExampleCheck {
  readonly examples: readonly JsdocExample[];
  /** Option and global diagnostics of the program (expected empty). */
  readonly globalDiagnostics: readonly string[];
  /** The block's diagnostics, formatted with source-file positions; lazily computed. */
  diagnosticsOf(example: JsdocExample): readonly string[];
}

export interface CheckOptions {
  readonly root: string;
  readonly entries: readonly ExampleEntry[];
  readonly compilerOptions: ts.CompilerOptions;
  /** Extra in-memory files (absolute path → text), used by the checker's own tests. */
  readonly overlay?: ReadonlyMap<string, string>;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Compiler options of the project's tsconfig.json. */
export function projectCompilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
  if (parsed.errors.length > 0) {
    throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  }
  return parsed.options;
}

function createHost(options: ts.CompilerOptions, files: Map<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const disk = ts.createCompilerHost(options, true);
  const cache = new Map<string, ts.SourceFile>();
  host.fileExists = (f) => files.has(f) || disk.fileExists(f);
  host.readFile = (f) => files.get(f) ?? disk.readFile(f);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const format = typeof languageVersion === 'object' ? String(languageVersion.impliedNodeFormat) : '';
    const key = `${fileName}\0${format}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const text = files.get(fileName);
    const sf =
      text === undefined
        ? disk.getSourceFile(fileName, languageVersion, onError, shouldCreate)
        : ts.createSourceFile(fileName, text, languageVersion, true);
    if (sf !== undefined) cache.set(key, sf);
    return sf;
  };
  return host;
}

/** Declarations exported by the entries, following re-exports and `export * as ns`. */
function publicDeclarations(program: ts.Program, entryFiles: readonly string[]): ts.Declaration[] {
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Symbol>();
  const declarations: ts.Declaration[] = [];
  const visitModule = (moduleSymbol: ts.Symbol): void => {
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      for (const declaration of symbol.declarations ?? []) {
        if (ts.isSourceFile(declaration)) visitModule(symbol);
        else declarations.push(declaration);
      }
    }
  };
  for (const file of entryFiles) {
    const sf = program.getSourceFile(file);
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    if (moduleSymbol !== undefined) visitModule(moduleSymbol);
  }
  return declarations;
}

/** `@example` tags on a declaration and its members (not inside function bodies). */
function exampleTags(declaration: ts.Declaration, into: Map<ts.JSDocTag, string>): void {
  const name = ts.getNameOfDeclaration(declaration)?.getText() ?? '(anonymous)';
  const visit = (node: ts.Node, owner: string): void => {
    for (const tag of ts.getJSDocTags(node)) {
      if (tag.tagName.text === 'example' && !into.has(tag)) into.set(tag, owner);
    }
    ts.forEachChild(node, (child) => {
      if (ts.isBlock(child)) return;
      const childName = ts.isClassElement(child) || ts.isTypeElement(child) || ts.isEnumMember(child)
        ? `${owner}.${child.name?.getText() ?? ''}`
        : owner;
      visit(child, childName);
    });
  };
  visit(declaration, name);
}

const fence = /^```(?:ts|typescript)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;

/** The ```ts blocks of one tag, with the 0-based source line where each block's code starts. */
function blocksOf(tag: ts.JSDocTag, sf: ts.SourceFile): { code: string; line: number }[] {
  const start = tag.getStart(sf);
  const startLine = sf.getLineAndCharacterOfPosition(start).line;
  const text = sf.text
    .slice(start, tag.end)
    .replaceAll('\r\n', '\n')
    .replace(/\*\/\s*$/, '')
    .split('\n')
    .map((l, i) => (i === 0 ? l : l.replace(/^\s*\* ?/, '')))
    .join('\n');
  const blocks: { code: string; line: number }[] = [];
  for (const match of text.matchAll(fence)) {
    const before = text.slice(0, match.index).split('\n').length - 1;
    blocks.push({ code: match[1] ?? '', line: startLine + before + 1 });
  }
  return blocks;
}

export function checkJsdocExamples(options: CheckOptions): ExampleCheck {
  const root = toPosix(options.root);
  const entryFiles = options.entries.map((e) => toPosix(e.file));
  const compilerOptions: ts.CompilerOptions = {
    ...options.compilerOptions,
    noEmit: true,
    incremental: false,
    composite: false,
    paths: Object.fromEntries(options.entries.map((e) => [e.specifier, [toPosix(e.file)]])),
  };
  const files = new Map(options.overlay ?? []);
  const host = createHost(compilerOptions, files);

  // Pass 1: find the blocks.
  const sourceProgram = ts.createProgram({ rootNames: entryFiles, options: compilerOptions, host });
  const tags = new Map<ts.JSDocTag, string>();
  for (const declaration of publicDeclarations(sourceProgram, entryFiles)) exampleTags(declaration, tags);

  const examples: JsdocExample[] = [];
  const counts = new Map<string, number>();
  for (const [tag, owner] of tags) {
    const sf = tag.getSourceFile();
    const file = path.posix.relative(root, sf.fileName);
    for (const block of blocksOf(tag, sf)) {
      const n = (counts.get(owner) ?? 0) + 1;
      counts.set(owner, n);
      const virtualFile = `${root}/.jsdoc-examples/${file.replaceAll('/', '__')}.L${String(block.line + 1)}.ts`;
      // A trailing `export {}` keeps each block a module (own scope, top-level await) without moving lines.
      files.set(virtualFile, `${block.code}\nexport {};\n`);
      examples.push({ label: `${file}:${String(block.line + 1)} ${owner} #${String(n)}`, file, line: block.line + 1, code: block.code, virtualFile });
    }
  }
  examples.sort((a, b) => a.label.localeCompare(b.label));

  // Pass 2: one program for every block.
  const program = ts.createProgram({
    rootNames: [...entryFiles, ...examples.map((e) => e.virtualFile)],
    options: compilerOptions,
    host,
    oldProgram: sourceProgram,
  });
  const format = (d: ts.Diagnostic, example?: JsdocExample): string => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file === undefined || d.start === undefined) return `TS${String(d.code)}: ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const where =
      example?.virtualFile === d.file.fileName
        ? `${example.file}:${String(example.line + line)}:${String(character + 1)}`
        : `${path.posix.relative(root, d.file.fileName)}:${String(line + 1)}:${String(character + 1)}`;
    return `${where} TS${String(d.code)}: ${message}`;
  };
  return {
    examples,
    globalDiagnostics: [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) => format(d)),
    diagnosticsOf(example) {
      const sf = program.getSourceFile(example.virtualFile);
      if (sf === undefined) return [`${example.label}: not in the program`];
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => format(d, example));
    },
  };
}
