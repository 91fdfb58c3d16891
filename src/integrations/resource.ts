import { findOptimizedIntegration, type ResourceUsage } from './catalogue.js';
import { hints } from './hints.js';
import { EXPRESS_ACTIVITY, EXPRESS_SYNC, EXPRESS_WAIT_FOR_TASK_TOKEN, notRecognized } from './messages.js';
import type { InvalidResource, ParsedResource } from './parsed-resource.js';
import { patternOf } from './pattern.js';
import { PARTITION_GROUP, PARTITIONS, type Partition } from './partition.js';

// One regex per form. Region and account are checked loosely: AWS's TestState accepted
// `arn:aws:lambda:your-region:your-account-id:function:...` (test-state conformance recordings).
const LAMBDA = new RegExp(
  String.raw`^arn:${PARTITION_GROUP}:lambda:([a-z0-9-]+):([a-z0-9-]+):function:([A-Za-z0-9_-]{1,64})(?::(\$LATEST|[A-Za-z0-9_-]{1,128}))?$`,
);
// Activity names: 1-80 characters, none of whitespace, control characters, <>{}[]?*"#%\^|~`$&,;:/
const ACTIVITY = new RegExp(
  String.raw`^arn:${PARTITION_GROUP}:states:([a-z0-9-]+):([a-z0-9-]+):activity:([^\s\p{Cc}<>{}[\]?*"#%\\^|~\x60$&,;:/]{1,80})$`,
  'u',
);
// Groups: partition, aws-sdk service | optimized service, action, suffix after the first dot.
const INTEGRATION = new RegExp(
  String.raw`^arn:${PARTITION_GROUP}:states:::(?:aws-sdk:([a-z0-9]+)|([a-z0-9-]+)):([A-Za-z0-9]+)(?:\.(.*))?$`,
);

/**
 * The type of a state machine, as CreateStateMachine and ValidateStateMachineDefinition take it.
 *
 * @example
 * ```ts
 * import type { WorkflowType } from 'statewright/integrations';
 * const type: WorkflowType = 'EXPRESS';
 * ```
 */
export type WorkflowType = 'STANDARD' | 'EXPRESS';

/**
 * Reads a `Resource` string: a Lambda function ARN, an activity, an optimized integration, an AWS SDK
 * integration or the HTTP Task, or `invalid` with AWS's message and a hint. Never throws.
 * `usage` says where the string appears: a Task (default), or a Distributed Map's `ItemReader` /
 * `ResultWriter`, the only places the S3 resources are valid.
 *
 * @example
 * ```ts
 * import { parseResource } from 'statewright/integrations';
 * parseResource('arn:aws:states:::lambda:invoke.waitForTaskToken');
 * // { kind: 'optimized', service: 'lambda', action: 'invoke', pattern: 'waitForTaskToken', ... }
 * parseResource('arn:aws:states:::s3:listObjectsV2', 'item-reader').kind; // 'optimized'
 * parseResource('arn:aws:states:::dynamodb:query').kind; // 'invalid'
 * ```
 */
export function parseResource(arn: string, usage: ResourceUsage = 'task'): ParsedResource {
  if (typeof arn !== 'string') return { kind: 'invalid', arn: '', message: 'The resource must be a string.' };
  const parsed = recognise(arn);
  if (parsed.kind === 'invalid') return parsed;
  const found = parsed.kind === 'optimized' ? parsed.usage : 'task';
  if (found === usage) return parsed;
  const name = parsed.kind === 'optimized' ? `${parsed.service}:${parsed.action}` : arn;
  return invalid(arn, hints.usage(usage, name));
}

/**
 * What a state machine of the given type refuses about a resource, as AWS words it, or undefined when
 * it is allowed. STANDARD allows everything; EXPRESS refuses `.sync`, `.sync:2`, `.waitForTaskToken`
 * and activities. (AWS's `.waitForTaskToken` message really ends with a space.)
 *
 * @example
 * ```ts
 * import { isResourceAllowedForType, parseResource } from 'statewright/integrations';
 * isResourceAllowedForType(parseResource('arn:aws:states:::glue:startJobRun.sync'), 'EXPRESS');
 * // "Express state machine does not support '.sync' service integration"
 * isResourceAllowedForType(parseResource('arn:aws:states:::lambda:invoke'), 'EXPRESS'); // undefined
 * ```
 */
export function isResourceAllowedForType(resource: ParsedResource, type: WorkflowType): string | undefined {
  if (type !== 'EXPRESS') return undefined;
  switch (resource.kind) {
    case 'activity':
      return EXPRESS_ACTIVITY;
    case 'optimized':
    case 'aws-sdk':
      if (resource.pattern === 'sync' || resource.pattern === 'sync:2') return EXPRESS_SYNC;
      if (resource.pattern === 'waitForTaskToken') return EXPRESS_WAIT_FOR_TASK_TOKEN;
      return undefined;
    default:
      return undefined;
  }
}

function recognise(arn: string): ParsedResource {
  const [scheme, partition, service] = arn.split(':', 3);
  if (scheme !== 'arn' || partition === undefined || service === undefined) return invalid(arn, hints.notArn());
  if (!(PARTITIONS as readonly string[]).includes(partition)) return invalid(arn, hints.partition(partition));
  if (service === 'lambda') return lambda(arn);
  if (service === 'states') return integration(arn) ?? activity(arn);
  return invalid(arn, hints.notArn());
}

function lambda(arn: string): ParsedResource {
  const m = LAMBDA.exec(arn);
  if (m === null) return invalid(arn, hints.lambda());
  const [, partition, region, account, functionName, qualifier] = m as unknown as [string, Partition, string, string, string, string | undefined];
  const base = { kind: 'lambda-function', arn, partition, region, account, functionName } as const;
  return qualifier === undefined ? base : { ...base, qualifier };
}

function activity(arn: string): ParsedResource {
  const m = ACTIVITY.exec(arn);
  if (m === null) return invalid(arn, hints.states());
  const [, partition, region, account, name] = m as unknown as [string, Partition, string, string, string];
  return { kind: 'activity', arn, partition, region, account, name };
}

/** Undefined when the ARN is not of the `arn:<p>:states:::…` integration form at all. */
function integration(arn: string): ParsedResource | undefined {
  const m = INTEGRATION.exec(arn);
  if (m === null) return undefined;
  const [, partition, sdkService, service, action, suffix] = m as unknown as [string, Partition, string | undefined, string | undefined, string, string | undefined];
  const pattern = patternOf(suffix);
  if (sdkService !== undefined) {
    if (!/^[a-z]/.test(action)) return invalid(arn, hints.sdkAction(action));
    if (pattern === undefined) return invalid(arn, hints.unknownSuffix(suffix ?? ''));
    if (pattern !== 'request-response' && pattern !== 'waitForTaskToken') return invalid(arn, hints.sdkPattern());
    return { kind: 'aws-sdk', arn, partition, service: sdkService, action, pattern };
  }
  const name = service ?? '';
  const entry = findOptimizedIntegration(name, action);
  if (entry === undefined) {
    if (name === 'aws-sdk') return invalid(arn, hints.sdkForm());
    return invalid(arn, name === 'activity' ? hints.states() : hints.unknownAction(name, action));
  }
  if (pattern === undefined) return invalid(arn, hints.unknownSuffix(suffix ?? ''));
  if (!entry.patterns.includes(pattern)) return invalid(arn, hints.unsupportedPattern(entry));
  if (name === 'http') return { kind: 'http', arn, partition, pattern: 'request-response' };
  return { kind: 'optimized', arn, partition, service: name, action, pattern, usage: entry.usage };
}

function invalid(arn: string, hint: string): InvalidResource {
  return { kind: 'invalid', arn, message: notRecognized(arn), hint };
}
