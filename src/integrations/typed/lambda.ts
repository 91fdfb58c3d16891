import { z } from 'zod';
import type { PayloadTemplate } from '../../builder/index.js';
import type { AslTypeError } from '../../paths/types/index.js';
import type { LambdaErrorName } from './error-names.js';
import type { SdkMetadata } from './sdk-metadata.js';
import { serviceTask, type ServiceOptions, type ServiceTask } from './service-task.js';

const INVOKE = 'arn:aws:states:::lambda:invoke';

/**
 * What a request-response `lambda:invoke` task returns: Lambda's Invoke response, the function's
 * result parsed into `Payload`.
 *
 * @example
 * ```ts
 * import type { LambdaInvokeResult } from 'statewright/integrations';
 * const r: LambdaInvokeResult<{ ok: boolean }> = { Payload: { ok: true }, StatusCode: 200, ExecutedVersion: '$LATEST' };
 * ```
 */
export interface LambdaInvokeResult<Result> extends SdkMetadata {
  Payload: Result;
  StatusCode: number;
  ExecutedVersion?: string;
  LogResult?: string;
}

/**
 * The request of a `lambda:invoke` task.
 *
 * @example
 * ```ts
 * import type { LambdaInvokeRequest } from 'statewright/integrations';
 * const r: LambdaInvokeRequest<{ id: string }> = { FunctionName: 'charge', Payload: { id: 'o-1' } };
 * ```
 */
export interface LambdaInvokeRequest<P> {
  readonly FunctionName: string;
  readonly Payload?: P;
  readonly Qualifier?: string;
  readonly InvocationType?: 'RequestResponse' | 'Event' | 'DryRun';
  readonly LogType?: 'None' | 'Tail';
  readonly ClientContext?: string;
}

/** A path selecting the payload (`'$'`, `'$.order'`) or a payload template. */
type PayloadArgument = PayloadTemplate | `$${string}`;

/**
 * The `Parameters` of a `lambda:invoke` task sending payload `T`.
 *
 * @example
 * ```ts
 * import type { LambdaParameters } from 'statewright/integrations';
 * type P = LambdaParameters<'$.order'>; // { readonly FunctionName: string; readonly 'Payload.$': '$.order' }
 * ```
 */
export type LambdaParameters<T> = T extends string
  ? { readonly FunctionName: string; readonly 'Payload.$': T }
  : { readonly FunctionName: string; readonly Payload: T };

/**
 * Options of `lambdaInvoke` with the types given explicitly: the payload is the effective input.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { LambdaTypedOptions } from 'statewright/integrations';
 * const options: LambdaTypedOptions<number> = { result: z.number() };
 * ```
 */
export interface LambdaTypedOptions<Result> extends ServiceOptions<LambdaErrorName> {
  /** A schema of what the function returns (checks mocks; default: no check). */
  readonly result?: z.ZodType<Result>;
}

/**
 * Options of `lambdaInvoke`: the payload (a path or a template) and a schema of the function's result.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { LambdaInvokeOptions } from 'statewright/integrations';
 * const options: LambdaInvokeOptions<{ 'id.$': '$.orderId' }, z.ZodNumber> = { payload: { 'id.$': '$.orderId' }, result: z.number() };
 * ```
 */
export interface LambdaInvokeOptions<T, S> extends ServiceOptions<LambdaErrorName> {
  /** What the function receives: a path (default `'$'`, the effective input) or a payload template. */
  readonly payload?: T;
  /** A schema of what the function returns; its type flows on as `Payload` (and it checks mocks). */
  readonly result?: S;
}

/**
 * A request-response `arn:aws:states:::lambda:invoke` task calling `functionName`. Give the payload and
 * result types (`lambdaInvoke<Payload, Result>(fn)`: the effective input must be a `Payload`), or a
 * `payload` path or template and a `result` schema, inferred. The result is the Invoke response
 * `{ Payload, StatusCode, ExecutedVersion, … }` (select `$.Payload` with `resultSelector` or `outputPath`).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { lambdaInvoke } from 'statewright/integrations';
 *
 * const wf = workflow<{ orderId: string }>('Pay')
 *   .task('Charge', { ...lambdaInvoke('charge', { payload: { 'id.$': '$.orderId' }, result: z.object({ paid: z.boolean() }) }), outputPath: '$.Payload' })
 *   .task('Audit', lambdaInvoke<{ paid: boolean }, string>('audit'));
 * console.log(wf.toJson());
 * ```
 */
export function lambdaInvoke<Payload, Result>(
  functionName: string,
  options?: LambdaTypedOptions<Result>,
): ServiceTask<LambdaParameters<'$'>, LambdaInvokeRequest<Payload>, LambdaInvokeResult<Result>>;
export function lambdaInvoke<const T extends PayloadArgument = '$', S extends z.ZodType = z.ZodType>(
  functionName: string,
  options?: LambdaInvokeOptions<T, S>,
): ServiceTask<LambdaParameters<T>, LambdaInvokeRequest<unknown>, LambdaInvokeResult<z.output<S>>>;
export function lambdaInvoke(functionName: string, options: LambdaInvokeOptions<PayloadArgument, z.ZodType> = {}): ServiceTask<LambdaParameters<PayloadArgument>, LambdaInvokeRequest<never>, LambdaInvokeResult<unknown>> {
  const parameters = payloadParameters(functionName, options.payload ?? '$');
  return serviceTask(INVOKE, parameters, invokeResult(options.result ?? z.unknown()), options);
}

/** `unknown` when template `T` passes the task token somewhere, else an error. */
export type NeedsTaskToken<T> = '$$.Task.Token' extends DeepValues<T> ? unknown : AslTypeError<'A .waitForTaskToken payload must pass the task token ("….$": "$$.Task.Token")'>;
type DeepValues<T> = T extends string ? T : T extends object ? { [K in keyof T]: DeepValues<T[K]> }[keyof T] : never;

/**
 * An `arn:aws:states:::lambda:invoke.waitForTaskToken` task: the function gets `payload` (which must
 * pass `$$.Task.Token`) and the task waits until `SendTaskSuccess` sends its output, typed by `result`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { lambdaInvokeWaitForTaskToken } from 'statewright/integrations';
 *
 * const wf = workflow<{ orderId: string }>('Approve').task('Ask', lambdaInvokeWaitForTaskToken('ask', {
 *   payload: { 'orderId.$': '$.orderId', 'token.$': '$$.Task.Token' },
 *   result: z.object({ approved: z.boolean() }),
 * }));
 * console.log(wf.toJson());
 * ```
 */
export function lambdaInvokeWaitForTaskToken<const T extends PayloadTemplate, S extends z.ZodType = z.ZodType>(
  functionName: string,
  options: LambdaInvokeOptions<T & NeedsTaskToken<T>, S> & { readonly payload: T & NeedsTaskToken<T> },
): ServiceTask<LambdaParameters<T>, LambdaInvokeRequest<unknown>, z.output<S>> {
  return serviceTask(`${INVOKE}.waitForTaskToken`, payloadParameters(functionName, options.payload), options.result ?? z.unknown(), options);
}

function payloadParameters(functionName: string, payload: PayloadArgument): object {
  return typeof payload === 'string' ? { FunctionName: functionName, 'Payload.$': payload } : { FunctionName: functionName, Payload: payload };
}

function invokeResult(payload: z.ZodType): z.ZodType {
  return z.object({ Payload: payload, StatusCode: z.number(), ExecutedVersion: z.string().optional(), LogResult: z.string().optional() });
}
