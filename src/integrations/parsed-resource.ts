import type { ResourceUsage } from './catalogue.js';
import type { IntegrationPattern } from './pattern.js';
import type { Partition } from './partition.js';

/**
 * A legacy direct Lambda ARN, `arn:aws:lambda:<region>:<account>:function:<name>[:<alias|version>]`.
 * The task's result is the function's return value itself (no `Payload` wrapper).
 *
 * @example
 * ```ts
 * import { parseResource, type LambdaFunctionResource } from 'statewright/integrations';
 * const r = parseResource('arn:aws:lambda:us-east-1:123456789012:function:Resize:live') as LambdaFunctionResource;
 * r.functionName; // 'Resize'
 * r.qualifier; // 'live'
 * ```
 */
export interface LambdaFunctionResource {
  readonly kind: 'lambda-function';
  readonly arn: string;
  readonly partition: Partition;
  readonly region: string;
  readonly account: string;
  readonly functionName: string;
  /** The alias, the version or `$LATEST`, when the ARN names one. */
  readonly qualifier?: string;
}

/**
 * A Step Functions activity, `arn:aws:states:<region>:<account>:activity:<name>`, run by a worker that polls for it.
 *
 * @example
 * ```ts
 * import { parseResource, type ActivityResource } from 'statewright/integrations';
 * const r = parseResource('arn:aws:states:eu-west-1:123456789012:activity:approve') as ActivityResource;
 * r.name; // 'approve'
 * ```
 */
export interface ActivityResource {
  readonly kind: 'activity';
  readonly arn: string;
  readonly partition: Partition;
  readonly region: string;
  readonly account: string;
  readonly name: string;
}

/**
 * An optimized integration from the catalogue, `arn:aws:states:::<service>:<action>[.<pattern>]`.
 *
 * @example
 * ```ts
 * import { parseResource, type OptimizedResource } from 'statewright/integrations';
 * const r = parseResource('arn:aws:states:::states:startExecution.sync:2') as OptimizedResource;
 * [r.service, r.action, r.pattern]; // ['states', 'startExecution', 'sync:2']
 * ```
 */
export interface OptimizedResource {
  readonly kind: 'optimized';
  readonly arn: string;
  readonly partition: Partition;
  readonly service: string;
  readonly action: string;
  readonly pattern: IntegrationPattern;
  /** Where this resource is valid: a Task, or (S3 only) a Distributed Map ItemReader / ResultWriter. */
  readonly usage: ResourceUsage;
}

/**
 * An AWS SDK integration, `arn:aws:states:::aws-sdk:<service>:<apiAction>[.waitForTaskToken]` (never `.sync`).
 *
 * @example
 * ```ts
 * import { parseResource, type AwsSdkResource } from 'statewright/integrations';
 * const r = parseResource('arn:aws:states:::aws-sdk:s3:getObject') as AwsSdkResource;
 * [r.service, r.action]; // ['s3', 'getObject']
 * ```
 */
export interface AwsSdkResource {
  readonly kind: 'aws-sdk';
  readonly arn: string;
  readonly partition: Partition;
  /** The SDK service name, lower-case: `s3`, `sfn`, `dynamodb`, `secretsmanager`. */
  readonly service: string;
  /** The API action, camelCase: `getObject`, `sendTaskSuccess`. */
  readonly action: string;
  readonly pattern: 'request-response' | 'waitForTaskToken';
}

/**
 * The HTTP Task, `arn:aws:states:::http:invoke` (request-response only).
 *
 * @example
 * ```ts
 * import { parseResource } from 'statewright/integrations';
 * parseResource('arn:aws:states:::http:invoke').kind; // 'http'
 * ```
 */
export interface HttpResource {
  readonly kind: 'http';
  readonly arn: string;
  readonly partition: Partition;
  readonly pattern: 'request-response';
}

/**
 * A resource AWS would refuse. `message` is AWS's SCHEMA_VALIDATION_FAILED wording; `hint` says what
 * is wrong and what is accepted instead (for instance which patterns the integration supports).
 *
 * @example
 * ```ts
 * import { parseResource } from 'statewright/integrations';
 * const r = parseResource('arn:aws:states:::lambda:invoke.sync');
 * if (r.kind === 'invalid') console.log(r.message, r.hint);
 * ```
 */
export interface InvalidResource {
  readonly kind: 'invalid';
  readonly arn: string;
  readonly message: string;
  readonly hint?: string;
}

/**
 * What a `Resource` string names, as a union on `kind`.
 *
 * @example
 * ```ts
 * import { parseResource, type ParsedResource } from 'statewright/integrations';
 * const r: ParsedResource = parseResource('arn:aws:states:::lambda:invoke');
 * if (r.kind === 'optimized') r.pattern; // 'request-response'
 * ```
 */
export type ParsedResource =
  | LambdaFunctionResource
  | ActivityResource
  | OptimizedResource
  | AwsSdkResource
  | HttpResource
  | InvalidResource;
