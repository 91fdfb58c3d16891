import type { z } from 'zod';
import { fragment } from './create.js';
import type { Start } from './record.js';
import type { Workflow } from './workflow.js';

type Kind = 'pass' | 'task' | 'wait' | 'choice' | 'parallel' | 'map' | 'succeed' | 'fail';

/** `(input?) => method`: the method `kind` of a fresh fragment. */
function starter(kind: Kind): (input?: z.ZodType) => unknown {
  return (input) => {
    const start = fragment(input) as unknown as Record<Kind, (...args: unknown[]) => unknown>;
    return start[kind].bind(start);
  };
}

/**
 * A one-state fragment, a Task whose input is `In`: `task<In>()(name, options)`. Continue it with
 * more states or join it to a chain with `.next()`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { task, workflow } from 'statewright';
 *
 * interface Job { jobName: string }
 * const submit = task<Job>()('Submit Job', { resource: 'arn:aws:lambda:us-east-1:123456789012:function:SubmitJob', result: z.string(), resultPath: '$.guid' });
 * const wf = workflow<Job>('Jobs').next(submit).succeed('Done');
 * console.log(wf.toJson());
 * ```
 */
export const task = starter('task') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['task'];

/**
 * A one-state fragment, a Pass state whose input is `In`: `pass<In>()(name, options)`.
 *
 * @example
 * ```ts
 * import { pass } from 'statewright';
 *
 * const label = pass<{ id: string }>()('Label', { result: 'new', resultPath: '$.label' });
 * console.log(label.toJson());
 * ```
 */
export const pass = starter('pass') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['pass'];

/**
 * A one-state fragment, a Wait state whose input is `In`: `wait<In>()(name, options)`.
 *
 * @example
 * ```ts
 * import { wait } from 'statewright';
 *
 * const pause = wait<{ wait_time: number }>()('Pause', { secondsPath: '$.wait_time' });
 * console.log(pause.toJson());
 * ```
 */
export const wait = starter('wait') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['wait'];

/**
 * A fragment that starts with a Choice state whose input is `In`: `choice<In>()(name, build)`.
 *
 * @example
 * ```ts
 * import { choice } from 'statewright';
 *
 * const route = choice<{ ok: boolean }>()('Ok?', (c) => c
 *   .when(c.booleanEquals('$.ok', true), (b) => b.succeed('Fine'))
 *   .otherwise()).fail('Broken', { error: 'NotOk' });
 * console.log(route.toJson());
 * ```
 */
export const choice = starter('choice') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['choice'];

/**
 * A fragment that starts with a Parallel state whose input is `In`: `parallel<In>()(name, branches, options)`.
 *
 * @example
 * ```ts
 * import { parallel } from 'statewright';
 *
 * const both = parallel<{ id: string }>()('Both', (b) => [b.pass('Left'), b.pass('Right', { result: 1 })]);
 * console.log(both.toJson());
 * ```
 */
export const parallel = starter('parallel') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['parallel'];

/**
 * A fragment that starts with a Map state whose input is `In`: `map<In>()(name, options)`.
 *
 * @example
 * ```ts
 * import { map } from 'statewright';
 *
 * const each = map<{ ids: string[] }>()('Each', { itemsPath: '$.ids', processor: (item) => item.pass('Touch') });
 * console.log(each.toJson());
 * ```
 */
export const map = starter('map') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['map'];

/**
 * A one-state fragment, a Succeed state whose input is `In`: `succeed<In>()(name, options)`.
 *
 * @example
 * ```ts
 * import { succeed } from 'statewright';
 *
 * const done = succeed<{ id: string }>()('Done', { outputPath: '$.id' });
 * console.log(done.toJson());
 * ```
 */
export const succeed = starter('succeed') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['succeed'];

/**
 * A one-state fragment, a Fail state whose input is `In`: `fail<In>()(name, options)`.
 *
 * @example
 * ```ts
 * import { fail } from 'statewright';
 *
 * const failed = fail<{ reason: string }>()('Failed', { error: 'JobFailed', causePath: '$.reason' });
 * console.log(failed.toJson());
 * ```
 */
export const fail = starter('fail') as <In>(input?: z.ZodType<In>) => Workflow<Start<In>>['fail'];
