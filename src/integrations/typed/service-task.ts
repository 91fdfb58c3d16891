import type { z } from 'zod';
import type { ErrorName, PayloadTemplate, RetryOptions } from '../../builder/index.js';
import type { AslTypeError } from '../../paths/types/index.js';

/**
 * Options for a Task state that a service-integration helper makes: pass it to `.task(name, …)` as is,
 * or spread it with more options (`{ ...snsPublish({ … }), resultPath: '$.sent' }`). `parameters` is
 * the payload template (checked against the state's input by the builder), `result` a schema of what
 * the service returns (its type flows on; `testWorkflow` checks mocks with it), and `~request` (types
 * only) makes the builder check that what the template builds is a request the service accepts.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { snsPublish, type ServiceTask } from 'statewright/integrations';
 *
 * const notify: ServiceTask<{ TopicArn: string; 'Message.$': '$.text' }, { TopicArn: string; Message: string }, { MessageId: string }> =
 *   { resource: 'arn:aws:states:::sns:publish', parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t', 'Message.$': '$.text' }, result: z.object({ MessageId: z.string() }) };
 * const wf = workflow<{ text: string }>('W').task('Notify', notify).task('Again', snsPublish({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:t', Message: 'hi' }));
 * console.log(wf.toJson());
 * ```
 */
export interface ServiceTask<P, Request, Result> {
  readonly resource: string;
  readonly parameters: P;
  readonly result: z.ZodType<Result>;
  readonly retry?: readonly RetryOptions[];
  readonly '~request'?: (request: Request) => void;
}

/**
 * A retrier whose `errorEquals` also autocompletes the error names service integration `E` raises.
 *
 * @example
 * ```ts
 * import type { LambdaErrorName, ServiceRetry } from 'statewright/integrations';
 * const retry: ServiceRetry<LambdaErrorName> = { errorEquals: ['Lambda.ServiceException'], maxAttempts: 6, backoffRate: 2 };
 * ```
 */
export interface ServiceRetry<E extends string> extends Omit<RetryOptions, 'errorEquals'> {
  readonly errorEquals: readonly [E | ErrorName, ...(E | ErrorName)[]];
}

/**
 * The options every helper takes: its retriers (their `errorEquals` autocomplete the service's error names).
 *
 * @example
 * ```ts
 * import type { ServiceOptions } from 'statewright/integrations';
 * const options: ServiceOptions<'SNS.InvalidParameterException'> = { retry: [{ errorEquals: ['SNS.InvalidParameterException'], maxAttempts: 2 }] };
 * ```
 */
export interface ServiceOptions<E extends string = never> {
  readonly retry?: readonly ServiceRetry<E>[];
}

/**
 * A request template `T` with an error on each field the service's request `Req` does not have
 * (`Key` or `Key.$`).
 *
 * @example
 * ```ts
 * import type { CheckFields } from 'statewright/integrations';
 * type Ok = CheckFields<{ 'Message.$': '$.m' }, { Message: string }>; // { readonly 'Message.$': '$.m' }
 * ```
 */
export type CheckFields<T, Req> = {
  readonly [K in keyof T]: FieldName<K> extends keyof Req ? T[K] : AslTypeError<`The request has no field "${FieldName<K> & string}"`>;
};

type FieldName<K> = K extends `${infer B}.$` ? B : K;

/** A request payload template (the `Parameters` of the Task). */
export type RequestTemplate = PayloadTemplate;

/** The options object a helper returns. */
export function serviceTask<P, Request, Result>(resource: string, parameters: object, result: z.ZodType, options: ServiceOptions<string> | undefined): ServiceTask<P, Request, Result> {
  // The helpers' signatures give the precise types; the values are built untyped.
  const task = { resource, parameters: parameters as P, result: result as z.ZodType<Result> };
  return options?.retry === undefined ? task : { ...task, retry: options.retry };
}
