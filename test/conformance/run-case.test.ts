import { describe, expect, it } from 'vitest';
import type { ConformanceCase } from '../../scripts/conformance/case-file.js';
import { CONFORMANCE_SEED, runCase, runCases, type StartExecution } from '../../scripts/conformance/run-case.js';
import { startExecution } from '../../src/runtime/execute.js';
import type { ExecuteOptions, ExecutionResult } from '../../src/runtime/options.js';
import { sampleCase } from './sample-case.js';

const dates = { startDate: new Date(0), stopDate: new Date(0), elapsed: 0, events: [] };

/** A stand-in executor answering with `answer(options)`. */
function fake(answer: (options: ExecuteOptions) => Omit<ExecutionResult, 'events' | 'startDate' | 'stopDate' | 'elapsed'> | Promise<never>) {
  const calls: ExecuteOptions[] = [];
  const stopped: string[] = [];
  const start: StartExecution = (_definition, options) => {
    calls.push(options);
    return {
      result: Promise.resolve(answer(options)).then((r) => ({ ...dates, ...r })),
      stop: (error) => void stopped.push(error ?? ''),
    };
  };
  return { start, calls, stopped };
}

describe('runCase', () => {
  it('passes a case whose result matches, giving the executor the input and a fixed seed', async () => {
    const { start, calls } = fake((o) => ({ status: 'SUCCEEDED', output: o.input }));
    const outcome = await runCase(sampleCase, { start });
    expect(outcome).toMatchObject({ id: 'sample', tags: ['pass'], subset: true, pass: true });
    expect(calls).toEqual([{ input: { a: 1 }, random: CONFORMANCE_SEED }]);
  });

  it('fails a case whose result differs, with the reason', async () => {
    const { start } = fake(() => ({ status: 'SUCCEEDED', output: { a: 2 } }));
    expect(await runCase(sampleCase, { start })).toMatchObject({ pass: false, kind: 'output', reason: 'output$.a: expected 1, got 2' });
  });

  it('replays task states through the MockConfigFile support of the executor (state machine Case, test case Recorded)', async () => {
    const c: ConformanceCase = {
      ...sampleCase,
      definition: {
        StartAt: 'T',
        States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['Boom'], IntervalSeconds: 1 }], End: true } },
      },
      mockConfig: {
        StateMachines: { Case: { TestCases: { Recorded: { T: 'M' } } } },
        MockedResponses: { M: { '0': { Throw: { Error: 'Boom', Cause: 'once' } }, '1': { Return: { ok: 1 } } } },
      },
      expected: { status: 'SUCCEEDED', output: { ok: 1 } },
    };
    const { start, calls } = fake(() => ({ status: 'SUCCEEDED', output: { ok: 1 } }));
    await runCase(c, { start });
    expect(calls[0]).toMatchObject({ mockConfig: c.mockConfig, stateMachineName: 'Case', testCase: 'Recorded' });
    expect(await runCase(c, { start: startExecution })).toMatchObject({ pass: true });
  });

  it('fails a case whose mock config is broken, with the message of the executor', async () => {
    const outcome = await runCase({ ...sampleCase, mockConfig: { StateMachines: {} } }, { start: startExecution });
    expect(outcome).toMatchObject({ pass: false, kind: 'exception' });
    expect(outcome.reason).toMatch(/^threw TypeError: Invalid MockConfigFile/);
  });

  it('fails a case whose executor throws or rejects, with the first line of the message (two when the first ends in a colon)', async () => {
    const throwing: StartExecution = () => {
      throw new TypeError('bad definition\nwith details');
    };
    expect(await runCase(sampleCase, { start: throwing })).toMatchObject({ pass: false, kind: 'exception', reason: 'threw TypeError: bad definition' });
    const listing: StartExecution = () => {
      throw new TypeError('Invalid definition (2 errors):\n  ERROR A at /States\n  ERROR B');
    };
    expect(await runCase(sampleCase, { start: listing })).toMatchObject({ reason: 'threw TypeError: Invalid definition (2 errors): ERROR A at /States' });
    const { start } = fake(() => Promise.reject(new RangeError('Maximum call stack size exceeded')));
    expect(await runCase(sampleCase, { start })).toMatchObject({
      pass: false,
      kind: 'exception',
      reason: 'threw RangeError: Maximum call stack size exceeded',
    });
  });

  it('fails and stops a case that does not finish in time', async () => {
    const { start, stopped } = fake(() => new Promise<never>(() => undefined));
    expect(await runCase(sampleCase, { start, timeoutMs: 20 })).toMatchObject({ pass: false, kind: 'timeout', reason: 'no result within 20 ms' });
    expect(stopped).toEqual(['Conformance.Timeout']);
  });

  it('fails a case that blocked past the timeout, even though it finished', async () => {
    const { start } = fake((o) => {
      const until = Date.now() + 30;
      while (Date.now() < until) {
        // Blocks the event loop, as an executor that never yields would.
      }
      return { status: 'SUCCEEDED', output: o.input };
    });
    expect(await runCase(sampleCase, { start, timeoutMs: 10 })).toMatchObject({ pass: false, kind: 'timeout' });
  });

  it('marks cases outside the subset', async () => {
    const { start } = fake((o) => ({ status: 'SUCCEEDED', output: o.input }));
    expect(await runCase({ ...sampleCase, queryLanguage: 'JSONata' }, { start })).toMatchObject({ subset: false, pass: true });
  });
});

describe('runCases', () => {
  it('runs the cases in order', async () => {
    const { start } = fake((o) => ({ status: 'SUCCEEDED', output: o.input }));
    const outcomes = await runCases([sampleCase, { ...sampleCase, id: 'second', input: { a: 2 } }], { start });
    expect(outcomes.map((o) => [o.id, o.pass])).toEqual([
      ['sample', true],
      ['second', false],
    ]);
  });
});
