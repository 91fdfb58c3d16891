import { readFile } from 'node:fs/promises';
import { validate } from '../../compile/validate.js';
import type { Diagnostic } from '../../compile/diagnostic.js';
import { sourceLocator, type SourcePosition } from '../../compile/source-position.js';

/** Options of `statewright validate`. */
export interface ValidateCommandOptions {
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly json: boolean;
}

/** A diagnostic with the file and position it belongs to. */
export interface LocatedDiagnostic extends Diagnostic, SourcePosition {
  readonly file: string;
}

/** The IO side of the command, so it can be tested without a process. */
export interface CommandIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** Validates each file and prints its diagnostics; resolves to the exit code (1 when any error or unreadable file). */
export async function validateCommand(files: readonly string[], options: ValidateCommandOptions, io: CommandIo): Promise<number> {
  const located: LocatedDiagnostic[] = [];
  let failed = false;
  for (const file of files) {
    const text = await readText(file);
    if (typeof text !== 'string') {
      io.stderr(`${file}: ${text.problem}`);
      failed = true;
      continue;
    }
    const locate = sourceLocator(text);
    for (const diagnostic of validate(text, { type: options.type })) {
      located.push({ file, ...locate(diagnostic.path), ...diagnostic });
    }
  }
  if (options.json) {
    io.stdout(JSON.stringify(located, null, 2));
  } else {
    for (const d of located) {
      const severity = d.severity === 'WARNING' ? 'warning ' : '';
      io.stdout(`${d.file}:${d.line}:${d.column}: ${severity}${d.code} ${d.message} (#${d.path})`);
    }
  }
  return failed || located.some((d) => d.severity === 'ERROR') ? 1 : 0;
}

async function readText(file: string): Promise<string | { problem: string }> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') return { problem: 'no such file' };
    if (code === 'EISDIR') return { problem: 'is a directory, not a definition file' };
    return { problem: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}
