import type { ParsedResource } from '../../integrations/index.js';
import { AslError } from '../errors.js';
import type { LambdaFunction, TaskContext } from '../options.js';
import { lambdaInvokeResponse } from './lambda-response.js';
import { DEFAULT_REGION } from './task-events.js';

const ACCOUNT = '123456789012';

/** The function a Lambda task calls and how. */
export interface LambdaTarget {
  /** The names it may be registered under in `lambdaFunctions`, most specific first. */
  readonly keys: readonly string[];
  readonly arn: string;
  readonly event: unknown;
  readonly invocationType: string;
  readonly qualifier: string | undefined;
  /** `lambda:invoke` wraps the result in the Invoke response; a function ARN returns it as is. */
  readonly wrap: boolean;
}

/** The Lambda function a task calls, or undefined when the task is not a Lambda task. */
export function lambdaTarget(resource: ParsedResource, input: unknown): LambdaTarget | undefined {
  if (resource.kind === 'lambda-function') {
    const arn = `arn:${resource.partition}:lambda:${resource.region}:${resource.account}:function:${resource.functionName}`;
    const keys = [resource.arn, arn, resource.functionName];
    return { keys, arn, event: input, invocationType: 'RequestResponse', qualifier: resource.qualifier, wrap: false };
  }
  if (resource.kind !== 'optimized' || resource.service !== 'lambda' || resource.action !== 'invoke') return undefined;
  const params = isRecord(input) ? input : {};
  const functionName = typeof params['FunctionName'] === 'string' ? params['FunctionName'] : '';
  const { name, qualifier: inName } = splitFunctionName(functionName);
  const qualifier = typeof params['Qualifier'] === 'string' ? params['Qualifier'] : inName;
  const arn = `arn:${resource.partition}:lambda:${DEFAULT_REGION}:${ACCOUNT}:function:${name}`;
  return {
    keys: [functionName, arn, name],
    arn: functionName.startsWith('arn:') ? functionName : arn,
    event: 'Payload' in params ? params['Payload'] : {},
    invocationType: typeof params['InvocationType'] === 'string' ? params['InvocationType'] : 'RequestResponse',
    qualifier,
    wrap: true,
  };
}

/** `name`, `name:qualifier`, `123456789012:function:name[:q]` or a full ARN → the name and qualifier. */
function splitFunctionName(functionName: string): { name: string; qualifier: string | undefined } {
  const parts = functionName.split(':');
  const at = parts.indexOf('function');
  const rest = at === -1 ? parts : parts.slice(at + 1);
  return { name: rest[0] ?? '', qualifier: rest[1] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The registered function for a target, if any. */
export function findLambdaFunction(functions: Readonly<Record<string, LambdaFunction>>, target: LambdaTarget): LambdaFunction | undefined {
  for (const key of target.keys) if (Object.hasOwn(functions, key)) return functions[key];
  return undefined;
}

/**
 * Runs a Lambda function as the Lambda service would for a task: `Lambda.ResourceNotFoundException`
 * when it is not registered, its result (wrapped for `lambda:invoke`), or its throw as a function error.
 */
export async function invokeLambda(
  functions: Readonly<Record<string, LambdaFunction>>,
  target: LambdaTarget,
  context: TaskContext,
  requestId: string,
  now: Date,
): Promise<unknown> {
  const fn = findLambdaFunction(functions, target);
  if (fn === undefined) {
    throw new AslError(
      'Lambda.ResourceNotFoundException',
      `Function not found: ${target.arn} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: ${requestId}; Proxy: null)`,
    );
  }
  const executedVersion = target.qualifier !== undefined && /^\d+$/.test(target.qualifier) ? target.qualifier : '$LATEST';
  const response = (payload: unknown, statusCode: number) => lambdaInvokeResponse(payload, { requestId, executedVersion, statusCode, date: now });
  if (target.wrap && target.invocationType === 'DryRun') return response(undefined, 204);
  if (target.wrap && target.invocationType === 'Event') {
    Promise.resolve().then(() => fn(target.event, context)).catch(() => undefined);
    return response(undefined, 202);
  }
  let result: unknown;
  try {
    result = await fn(target.event, context);
  } catch (thrown) {
    throw functionError(thrown);
  }
  const value = result === undefined ? null : result;
  return target.wrap ? response(value, 200) : value;
}

/** A function's throw as Step Functions reports it: the error type, and the Node.js runtime's JSON as cause. */
export function functionError(thrown: unknown): AslError {
  if (thrown instanceof AslError) return thrown;
  const errorType = thrown instanceof Error ? thrown.name : 'Error';
  const errorMessage = thrown instanceof Error ? thrown.message : String(thrown);
  const trace = thrown instanceof Error && thrown.stack !== undefined ? thrown.stack.split('\n') : [];
  return new AslError(errorType, JSON.stringify({ errorType, errorMessage, trace }));
}
