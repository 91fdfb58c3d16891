import type { z } from 'zod';
import type { JsonObject } from '../asl/index.js';
import type { ReadPathOption, ReferencePathsTo, SetAt, WritePathOption } from '../paths/types/index.js';
import type { OutputPathOption, ResultOf, Selected } from './data-flow.js';
import { defined } from './defined.js';
import { toCatch, type CatchOptions } from './catch.js';
import { toRetry, type RetryOptions } from './retry.js';
import type { PayloadTemplate, TemplateOption, TemplateOutput } from './template.js';

/** What a Task sends to its resource: what `parameters` `P` builds, else the effective input `E`. */
export type TaskRequest<E, W, P> = [P] extends [PayloadTemplate] ? TemplateOutput<E, W, P> : E;

/**
 * The options of a Task state (JSONPath). `In` is the state's input, `E` its effective input (after
 * `inputPath`), `W` the scope (workflow input and variables); the other parameters are those inferred
 * from the options (`Q` the `queryLanguage`, `A` the `assign` template and `AC` that template checked).
 */
export interface TaskOptions<In, E, W, IP, P, S, RS, RP extends string | null, OP, C = readonly CatchOptions[], Q = 'JSONPath', A = undefined, AC = unknown> {
  /** The ARN of the Lambda function, activity or service integration. */
  readonly resource: string;
  readonly comment?: string;
  /** Selects the effective input from the state's input (`null`: `{}`). */
  readonly inputPath?: ReadPathOption<In, IP>;
  /** A payload template built from the effective input; the task receives what it produces. */
  readonly parameters?: TemplateOption<E, W, P>;
  /** A zod schema of what the task returns (`z.custom<T>()` for a type without a runtime check). */
  readonly result?: S;
  /** A payload template built from the result. */
  readonly resultSelector?: TemplateOption<ResultOf<S>, W, RS>;
  /** Where the result goes in the state's input (`null`: discard it; default `'$'`: replace the input). */
  readonly resultPath?: WritePathOption<In, RP>;
  /** Selects the state's output (`null`: `{}`). */
  readonly outputPath?: OutputPathOption<SetAt<In, RP, Selected<ResultOf<S>, W, RS>>, OP, W>;
  /** Retriers, serialised as `Retry` as given. */
  readonly retry?: readonly RetryOptions[];
  /** Catchers: on a matching error, go to a state with the error output at their `resultPath`. */
  readonly catch?: C;
  readonly timeoutSeconds?: number;
  readonly heartbeatSeconds?: number;
  /** A path to the timeout in seconds (a positive integer) in the task's effective input. */
  readonly timeoutSecondsPath?: ReferencePathsTo<TaskInput<E, W, P>, number>;
  /** A path to the heartbeat timeout in seconds (a positive integer) in the task's effective input. */
  readonly heartbeatSecondsPath?: ReferencePathsTo<TaskInput<E, W, P>, number>;
  /** The IAM role the task runs as, as in ASL: `{ RoleArn: arn }`, or `{ 'RoleArn.$': path }` to read it. */
  readonly credentials?: TaskCredentials;
  /**
   * For the types only (never set at run time): a service-integration helper of
   * `statewright/integrations` sets it to a function of the request its service accepts, so what the
   * task sends ({@link TaskRequest}) must be assignable to that request.
   */
  readonly '~request'?: (request: TaskRequest<E, W, P>) => void;
  /** `'JSONPath'` (the default, except in a JSONata workflow) or `'JSONata'`. */
  readonly queryLanguage?: Q;
  /** Workflow variables to set: a payload template read from the result (after `resultSelector`). */
  readonly assign?: A & AC;
}

/** A Task's `Credentials`: the role to assume, literal or read from the effective input. */
export type TaskCredentials = { readonly RoleArn: string } | { readonly 'RoleArn.$': string };

/** What the task receives: the effective input after `parameters`. */
type TaskInput<E, W, P> = [P] extends [PayloadTemplate] ? TemplateOutput<E, W, P> : E;

/** The untyped shape of the options, as the implementation reads them. */
export interface TaskFields {
  readonly resource: string;
  readonly comment?: string;
  readonly inputPath?: string | null;
  readonly parameters?: JsonObject;
  readonly result?: z.ZodType;
  readonly resultSelector?: JsonObject;
  readonly resultPath?: string | null;
  readonly outputPath?: string | null;
  readonly retry?: readonly RetryOptions[];
  readonly catch?: readonly CatchOptions[];
  readonly timeoutSeconds?: number;
  readonly heartbeatSeconds?: number;
  readonly timeoutSecondsPath?: string;
  readonly heartbeatSecondsPath?: string;
  readonly credentials?: TaskCredentials;
}

/** The ASL fields of a Task state (without `Next`/`End`). */
export function taskState(o: TaskFields): JsonObject {
  return defined({
    Type: 'Task',
    Comment: o.comment,
    Resource: o.resource,
    InputPath: o.inputPath,
    Parameters: o.parameters,
    ResultSelector: o.resultSelector,
    ResultPath: o.resultPath,
    OutputPath: o.outputPath,
    TimeoutSeconds: o.timeoutSeconds,
    HeartbeatSeconds: o.heartbeatSeconds,
    TimeoutSecondsPath: o.timeoutSecondsPath,
    HeartbeatSecondsPath: o.heartbeatSecondsPath,
    Credentials: o.credentials,
    Retry: o.retry && toRetry(o.retry),
    Catch: o.catch && toCatch(o.catch),
  });
}
