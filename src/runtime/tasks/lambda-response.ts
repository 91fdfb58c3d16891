/** The HTTP metadata the AWS SDK for Java adds to a response, as Step Functions passes it on. */
export interface SdkHttpMetadata {
  readonly AllHttpHeaders: Readonly<Record<string, readonly string[]>>;
  readonly HttpHeaders: Readonly<Record<string, string>>;
  readonly HttpStatusCode: number;
}

/**
 * The result of a `arn:aws:states:::lambda:invoke` task: Lambda's Invoke response with the function's
 * result parsed into `Payload` (AWS Step Functions Developer Guide, connect-lambda.html).
 */
export interface LambdaInvokeResponse {
  readonly ExecutedVersion: string;
  readonly Payload: unknown;
  readonly SdkHttpMetadata: SdkHttpMetadata;
  readonly SdkResponseMetadata: { readonly RequestId: string };
  readonly StatusCode: number;
}

/** Options of {@link lambdaInvokeResponse}. */
export interface LambdaInvokeResponseOptions {
  /** The request id (default: all zeros, as a UUID). */
  readonly requestId?: string;
  /** The version that ran (default `$LATEST`). */
  readonly executedVersion?: string;
  /** 200 for RequestResponse (default), 202 for Event, 204 for DryRun. */
  readonly statusCode?: number;
  /** The `Date` header (default: the Unix epoch). */
  readonly date?: Date;
}

/**
 * The task result AWS gives a `lambda:invoke` task whose function returned `payload`: the Invoke
 * response `{ ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode }`. Use it
 * to mock a `lambda:invoke` task with the whole response, as the task's `ResultSelector` sees it.
 *
 * @example
 * ```ts
 * import { execute, lambdaInvokeResponse } from 'statewright/runtime';
 *
 * const result = await execute(
 *   {
 *     StartAt: 'Charge',
 *     States: {
 *       Charge: {
 *         Type: 'Task',
 *         Resource: 'arn:aws:states:::lambda:invoke',
 *         Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
 *         OutputPath: '$.Payload',
 *         End: true,
 *       },
 *     },
 *   },
 *   { tasks: { Charge: () => lambdaInvokeResponse({ charged: true }) } },
 * );
 * console.log(result.output); // { charged: true }
 * ```
 */
export function lambdaInvokeResponse(payload: unknown, options: LambdaInvokeResponseOptions = {}): LambdaInvokeResponse {
  const requestId = options.requestId ?? '00000000-0000-0000-0000-000000000000';
  const executedVersion = options.executedVersion ?? '$LATEST';
  const body = payload === undefined ? '' : JSON.stringify(payload);
  const headers: Record<string, string> = {
    Connection: 'keep-alive',
    'Content-Length': String(Buffer.byteLength(body, 'utf8')),
    'Content-Type': 'application/json',
    Date: (options.date ?? new Date(0)).toUTCString(),
    'X-Amz-Executed-Version': executedVersion,
    'x-amzn-Remapped-Content-Length': '0',
    'x-amzn-RequestId': requestId,
  };
  return {
    ExecutedVersion: executedVersion,
    Payload: payload === undefined ? '' : payload,
    SdkHttpMetadata: {
      AllHttpHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
      HttpHeaders: headers,
      HttpStatusCode: options.statusCode ?? 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: options.statusCode ?? 200,
  };
}
