import type { z } from 'zod';
import type { QueryLanguage } from '../asl/index.js';
import { startChain } from './chain.js';
import type { Start } from './record.js';
import type { Workflow } from './workflow.js';

/** The options of {@link workflow}. */
export interface WorkflowOptions<In, L extends QueryLanguage = QueryLanguage> {
  /** A zod schema of the execution input (or give the type as `workflow<In>(name)`). */
  readonly input?: z.ZodType<In>;
  /** The machine's `Comment`. */
  readonly comment?: string;
  /** The machine's `TimeoutSeconds`. */
  readonly timeoutSeconds?: number;
  /** The machine's `Version` (the ASL version; `'1.0'` is the only one). */
  readonly version?: '1.0';
  /** The machine's `QueryLanguage`: `'JSONata'` makes every state JSONata (default `'JSONPath'`, where a state may choose JSONata). */
  readonly queryLanguage?: L;
}

/**
 * Starts a workflow whose execution input is typed by the `input` schema (or the type parameter).
 * Chain states onto it; `toAsl()` returns the validated ASL.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 *
 * const wf = workflow('Poll', { input: z.object({ wait_time: z.number() }), comment: 'Waits, then ends.' })
 *   .wait('Wait X Seconds', { secondsPath: '$.wait_time' })
 *   .succeed('Done');
 * const asl = wf.toAsl(); // { Comment: 'Waits, then ends.', StartAt: 'Wait X Seconds', States: { … } }
 * console.log(asl.StartAt);
 * ```
 */
export function workflow<In = unknown, const L extends QueryLanguage = 'JSONPath'>(name: string, options: WorkflowOptions<In, L> = {}): Workflow<Start<In, object, L>> {
  const { input, comment, timeoutSeconds, queryLanguage, version } = options;
  return startChain({ name, input, comment, timeoutSeconds, queryLanguage, version }) as unknown as Workflow<Start<In, object, L>>;
}

/**
 * Starts a reusable fragment whose input is `In` (given as the type parameter or a zod schema). Build
 * it as a separate statement (it is type-checked on its own) and join it with `.next(fragment)` to a
 * workflow of the same query language (`fragment<In, 'JSONata'>()`, or `fragment(schema, { queryLanguage:
 * 'JSONata' })`, for a JSONata workflow).
 *
 * @example
 * ```ts
 * import { workflow, fragment } from 'statewright';
 *
 * interface Job { jobName: string; wait_time: number }
 * const poll = fragment<Job>().wait('Wait', { secondsPath: '$.wait_time' }).succeed('Done');
 * const wf = workflow<Job>('Job').pass('Start').next(poll);
 * console.log(wf.toJson());
 * ```
 */
export function fragment<In, const L extends QueryLanguage = 'JSONPath'>(input?: z.ZodType<In>, options: FragmentOptions<L> = {}): Workflow<Start<In, object, L>> {
  return startChain({ name: undefined, input, comment: undefined, timeoutSeconds: undefined, queryLanguage: options.queryLanguage }) as unknown as Workflow<Start<In, object, L>>;
}

/** The options of {@link fragment}. */
export interface FragmentOptions<L extends QueryLanguage> {
  /** The query language of the workflow it joins: `'JSONata'` makes its states JSONata (default `'JSONPath'`). */
  readonly queryLanguage?: L;
}
