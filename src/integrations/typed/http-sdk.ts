import { z } from 'zod';
import type { PayloadTemplate } from '../../builder/index.js';
import { serviceTask, type CheckFields, type ServiceOptions, type ServiceTask } from './service-task.js';

/**
 * The request of an HTTP Task (`arn:aws:states:::http:invoke`): an EventBridge connection authenticates it.
 *
 * @example
 * ```ts
 * import type { HttpInvokeRequest } from 'statewright/integrations';
 * const r: HttpInvokeRequest = { ApiEndpoint: 'https://api.example.com/orders', Method: 'POST', Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:123456789012:connection/api/1' }, RequestBody: { id: 1 } };
 * ```
 */
export interface HttpInvokeRequest {
  readonly ApiEndpoint: string;
  readonly Method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'HEAD';
  readonly Authentication: { readonly ConnectionArn: string };
  readonly Headers?: Readonly<Record<string, string>>;
  readonly QueryParameters?: Readonly<Record<string, string>>;
  readonly RequestBody?: unknown;
  readonly Transform?: {
    readonly RequestBodyEncoding?: 'NONE' | 'URL_ENCODED';
    readonly RequestEncodingOptions?: { readonly ArrayFormat?: 'BRACKETS' | 'COMMAS' | 'REPEAT' | 'INDICES' };
  };
}

/**
 * What an HTTP Task returns for a 2xx answer: the body (parsed when it is JSON) of type `Body`.
 *
 * @example
 * ```ts
 * import type { HttpInvokeResult } from 'statewright/integrations';
 * const r: HttpInvokeResult<{ id: number }> = { ResponseBody: { id: 1 }, StatusCode: 200, StatusText: 'OK' };
 * ```
 */
export interface HttpInvokeResult<Body> {
  ResponseBody: Body;
  StatusCode: number;
  StatusText: string;
  Headers?: Record<string, string[]>;
}

/**
 * Options of {@link httpInvoke}: a schema of the response body.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { HttpInvokeOptions } from 'statewright/integrations';
 * const options: HttpInvokeOptions<z.ZodNumber> = { body: z.number() };
 * ```
 */
export interface HttpInvokeOptions<S> extends ServiceOptions {
  readonly body?: S;
}

/**
 * An HTTP Task, `arn:aws:states:::http:invoke`, with request template `parameters`; `body` types the
 * response body (a non-2xx answer fails the task with `States.Http.StatusCode.<code>`).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { httpInvoke } from 'statewright/integrations';
 *
 * const wf = workflow<{ id: string }>('Call').task('Get', httpInvoke({
 *   ApiEndpoint: 'https://api.example.com/orders', Method: 'GET', Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:123456789012:connection/api/1' },
 *   QueryParameters: { 'id.$': '$.id' },
 * }, { body: z.object({ total: z.number() }) }));
 * console.log(wf.toJson());
 * ```
 */
export function httpInvoke<const T extends PayloadTemplate, S extends z.ZodType = z.ZodType>(
  parameters: T & CheckFields<T, HttpInvokeRequest>,
  options?: HttpInvokeOptions<S>,
): ServiceTask<T, HttpInvokeRequest, HttpInvokeResult<z.output<S>>> {
  const result = z.object({ ResponseBody: options?.body ?? z.unknown(), StatusCode: z.number(), StatusText: z.string() });
  return serviceTask('arn:aws:states:::http:invoke', parameters, result, options);
}

/**
 * Options of {@link awsSdk}: a schema of the response (checks mocks; default: none).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { AwsSdkOptions } from 'statewright/integrations';
 * const options: AwsSdkOptions<{ Body: string }> = { response: z.object({ Body: z.string() }) };
 * ```
 */
export interface AwsSdkOptions<Response> extends ServiceOptions {
  readonly response?: z.ZodType<Response>;
}

/**
 * An AWS SDK integration task, `arn:aws:states:::aws-sdk:<service>:<action>`, whose request is typed
 * `Request` and response `Response` (give them from the service's API reference or the AWS SDK's
 * types, in their JSON form). Call it as `awsSdk<Request, Response>(service, action)(parameters)`.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { awsSdk } from 'statewright/integrations';
 *
 * interface GetSecretValue { SecretId: string }
 * interface SecretValue { Name: string; SecretString?: string }
 * const getSecret = awsSdk<GetSecretValue, SecretValue>('secretsmanager', 'getSecretValue');
 * const wf = workflow<{ secret: string }>('Read').task('Secret', getSecret({ 'SecretId.$': '$.secret' }));
 * console.log(wf.toJson());
 * ```
 */
export function awsSdk<Request, Response>(
  service: string,
  action: string,
  options?: AwsSdkOptions<Response>,
): <const T extends PayloadTemplate>(parameters: T & CheckFields<T, Request>) => ServiceTask<T, Request, Response> {
  const resource = `arn:aws:states:::aws-sdk:${service}:${action}`;
  return (parameters) => serviceTask(resource, parameters, options?.response ?? z.unknown(), options);
}
