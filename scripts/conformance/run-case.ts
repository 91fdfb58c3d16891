import type { ExecuteOptions, ExecutionHandle } from '../../src/runtime/options.js';
import type { ConformanceCase } from './case-file.js';
import { clip, compareResult, type FailureKind } from './compare.js';
import { isExecutorSubset } from './subset.js';

/** The executor under test (`startExecution` of src/runtime, or a stand-in). */
export type StartExecution = (definition: unknown, options: ExecuteOptions) => Pick<ExecutionHandle, 'result' | 'stop'>;

export interface RunOptions {
  readonly start: StartExecution;
  /** A case running longer than this fails (default 5,000 ms). */
  readonly timeoutMs?: number;
}

/** The result of one case. */
export interface CaseOutcome {
  readonly id: string;
  readonly tags: readonly string[];
  /** Whether the case is in the executor's subset ({@link isExecutorSubset}). */
  readonly subset: boolean;
  readonly pass: boolean;
  readonly kind?: FailureKind;
  /** One line saying why the case failed. */
  readonly reason?: string;
  readonly ms: number;
}

/** Every case runs with this seed, so a run can be replayed. */
export const CONFORMANCE_SEED = 20_240_101;

/** The state machine and test case of `mockConfig` that replay the recording (README, "File format"). */
const MOCK_STATE_MACHINE = 'Case';
const MOCK_TEST_CASE = 'Recorded';

/**
 * Runs one case and compares the result with the recording. Never rejects: an executor that throws,
 * a bad mock config or a run past the timeout (which is then stopped) is a failed case. A timer cannot
 * interrupt an executor that never yields to it; such a case still fails once it returns.
 */
export async function runCase(c: ConformanceCase, options: RunOptions): Promise<CaseOutcome> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const base = { id: c.id, tags: c.tags, subset: isExecutorSubset(c) };
  const started = performance.now();
  const done = (verdict: { pass: true } | { pass: false; kind: FailureKind; reason: string }): CaseOutcome => {
    const ms = Math.round(performance.now() - started);
    if (ms > timeoutMs && (verdict.pass || verdict.kind !== 'timeout')) return { ...base, pass: false, kind: 'timeout', reason: `took ${ms} ms, over the ${timeoutMs} ms limit`, ms };
    return verdict.pass ? { ...base, pass: true, ms } : { ...base, pass: false, kind: verdict.kind, reason: verdict.reason, ms };
  };

  const mocks: ExecuteOptions =
    c.mockConfig === undefined ? {} : { mockConfig: c.mockConfig, stateMachineName: MOCK_STATE_MACHINE, testCase: MOCK_TEST_CASE };

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const handle = options.start(c.definition, { input: c.input, random: CONFORMANCE_SEED, ...mocks });
    const result = await Promise.race([handle.result, timeout]);
    if (result === 'timeout') {
      handle.stop('Conformance.Timeout', `no result within ${timeoutMs} ms`);
      return done({ pass: false, kind: 'timeout', reason: `no result within ${timeoutMs} ms` });
    }
    return done(compareResult(c.expected, result, c.placeholders));
  } catch (e) {
    return done({ pass: false, kind: 'exception', reason: `threw ${messageOf(e)}` });
  } finally {
    clearTimeout(timer);
  }
}

/** Runs cases one after another (so that each timeout measures its own case). */
export async function runCases(cases: readonly ConformanceCase[], options: RunOptions): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) outcomes.push(await runCase(c, options));
  return outcomes;
}

/** `TypeError: the message`, on one line: the first line, and the next when the first ends in a colon. */
function messageOf(e: unknown): string {
  if (!(e instanceof Error)) return clip(String(e), 200);
  const lines = e.message.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const shown = lines[0]?.endsWith(':') === true ? lines.slice(0, 2).join(' ') : (lines[0] ?? '');
  return clip(`${e.name}: ${shown}`, 200);
}
