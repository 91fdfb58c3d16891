// Cold import + first execution: a fresh `node --import tsx` per sample, timed from spawn to exit.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { ColdChildReport } from './cold-child.js';
import { median } from './measure.js';

export type ColdSubject = 'ours' | 'peer' | 'baseline';

export interface ColdFigures {
  /** Median wall time of the whole child process (node + tsx start-up, import, first run, exit). */
  readonly wallMs: number;
  /** Median time, inside the child, of the dynamic import (tsx transpiles TypeScript sources on the fly). */
  readonly importMs: number;
  /** Median time, inside the child, of the first execution after the import. */
  readonly firstRunMs: number;
}

const CHILD = fileURLToPath(new URL('./cold-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function spawnOnce(subject: ColdSubject): { wallMs: number; report: ColdChildReport } {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, subject], { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`cold-start child (${subject}) exited ${child.status ?? child.signal ?? '?'}: ${child.stderr.trim()}`);
  const lastLine = child.stdout.trim().split('\n').at(-1) ?? '';
  const report = JSON.parse(lastLine) as ColdChildReport;
  if (!report.ok) throw new Error(`cold-start child (${subject}) ran the machine to a wrong result`);
  return { wallMs, report };
}

/**
 * One untimed spawn per subject first (fills tsx's transform cache and the OS file cache), then
 * `samples` spawns per subject, interleaved so that machine load hits all alike.
 */
export function measureColdStarts(subjects: readonly ColdSubject[], samples: number): Map<ColdSubject, ColdFigures> {
  for (const subject of subjects) spawnOnce(subject);
  const runs = new Map<ColdSubject, { wallMs: number; report: ColdChildReport }[]>(subjects.map((subject) => [subject, []]));
  for (let sample = 0; sample < samples; sample++) {
    for (const subject of subjects) runs.get(subject)?.push(spawnOnce(subject));
  }
  return new Map(
    [...runs].map(([subject, list]) => [
      subject,
      {
        wallMs: median(list.map((run) => run.wallMs)),
        importMs: median(list.map((run) => run.report.importMs)),
        firstRunMs: median(list.map((run) => run.report.firstRunMs)),
      },
    ]),
  );
}
