// Runs tsc with --extendedDiagnostics on one file and reads its figures.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** What tsc reported for one file. */
export interface TscFigures {
  readonly checkSeconds: number;
  readonly instantiations: number;
  readonly memoryMb: number;
  /** `file(line,col): error TSxxxx: …` lines. */
  readonly errors: readonly string[];
}

const tscBin = path.resolve(import.meta.dirname, '../../node_modules/typescript/bin/tsc');

/** Type-checks `file` with a tsconfig beside it that extends the project's and maps `statewright` to `entry`. */
export function runTsc(dir: string, file: string, entry: string, root: string): TscFigures {
  const config = path.join(dir, `tsconfig.${path.basename(file, '.ts')}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(root, 'tsconfig.json'),
      compilerOptions: { paths: { statewright: [entry] }, skipLibCheck: true, noEmit: true },
      files: [file],
      include: [],
    }),
  );
  let output: string;
  try {
    output = execFileSync(process.execPath, [tscBin, '-p', config, '--extendedDiagnostics'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const figure = (label: string): number => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output)?.[1] ?? NaN);
  return {
    checkSeconds: figure('Check time'),
    instantiations: figure('Instantiations'),
    memoryMb: Math.round(figure('Memory used') / 1024),
    errors: output.split('\n').filter((line) => / error TS\d+:/.test(line)),
  };
}
