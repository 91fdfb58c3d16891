import { z } from 'zod';
import type { PayloadTemplate } from '../../builder/index.js';
import type { SdkMetadata } from './sdk-metadata.js';
import { serviceTask, type CheckFields, type ServiceOptions, type ServiceTask } from './service-task.js';

/**
 * A JSON message body: a string is sent as is; Step Functions sends other JSON as its text.
 *
 * @example
 * ```ts
 * import type { MessageBody } from 'statewright/integrations';
 * const body: MessageBody = { orderId: 'o-1' };
 * ```
 */
export type MessageBody = string | number | boolean | null | object;

/**
 * A message attribute of SNS and SQS (`BinaryValue` as base64 text).
 *
 * @example
 * ```ts
 * import type { MessageAttribute } from 'statewright/integrations';
 * const a: MessageAttribute = { DataType: 'String', StringValue: 'gold' };
 * ```
 */
export interface MessageAttribute {
  readonly DataType: string;
  readonly StringValue?: string;
  readonly BinaryValue?: string;
}

/**
 * The request of an `sns:publish` task (SNS Publish; one of `TopicArn`, `TargetArn`, `PhoneNumber`).
 *
 * @example
 * ```ts
 * import type { SnsPublishRequest } from 'statewright/integrations';
 * const r: SnsPublishRequest = { TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: 'shipped' };
 * ```
 */
export interface SnsPublishRequest {
  readonly TopicArn?: string;
  readonly TargetArn?: string;
  readonly PhoneNumber?: string;
  readonly Message: MessageBody;
  readonly Subject?: string;
  readonly MessageStructure?: 'json';
  readonly MessageAttributes?: Readonly<Record<string, MessageAttribute>>;
  readonly MessageDeduplicationId?: string;
  readonly MessageGroupId?: string;
}

/**
 * What an `sns:publish` task returns (`SequenceNumber` for FIFO topics).
 *
 * @example
 * ```ts
 * import type { SnsPublishResult } from 'statewright/integrations';
 * const r: SnsPublishResult = { MessageId: 'm-1' };
 * ```
 */
export interface SnsPublishResult extends SdkMetadata {
  MessageId: string;
  SequenceNumber?: string;
}

/**
 * An `arn:aws:states:::sns:publish` task with request template `parameters` (its fields as SNS names
 * them, `Key.$` for a path); the builder checks that it builds an SNS Publish request.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { snsPublish } from 'statewright/integrations';
 *
 * const wf = workflow<{ orderId: string }>('Notify')
 *   .task('Publish', snsPublish({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', 'Message.$': "States.Format('Order {} shipped', $.orderId)" }));
 * console.log(wf.toJson());
 * ```
 */
export function snsPublish<const T extends PayloadTemplate>(
  parameters: T & CheckFields<T, SnsPublishRequest>,
  options?: ServiceOptions,
): ServiceTask<T, SnsPublishRequest, SnsPublishResult> {
  return serviceTask('arn:aws:states:::sns:publish', parameters, z.object({ MessageId: z.string(), SequenceNumber: z.string().optional() }), options);
}

/**
 * The request of an `sqs:sendMessage` task (SQS SendMessage).
 *
 * @example
 * ```ts
 * import type { SqsSendMessageRequest } from 'statewright/integrations';
 * const r: SqsSendMessageRequest = { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: { id: 1 } };
 * ```
 */
export interface SqsSendMessageRequest {
  readonly QueueUrl: string;
  readonly MessageBody: MessageBody;
  readonly DelaySeconds?: number;
  readonly MessageAttributes?: Readonly<Record<string, MessageAttribute>>;
  readonly MessageDeduplicationId?: string;
  readonly MessageGroupId?: string;
}

/**
 * What an `sqs:sendMessage` task returns (`SequenceNumber` for FIFO queues).
 *
 * @example
 * ```ts
 * import type { SqsSendMessageResult } from 'statewright/integrations';
 * const r: SqsSendMessageResult = { MessageId: 'm-1', MD5OfMessageBody: '0cc175b9c0f1b6a831c399e269772661' };
 * ```
 */
export interface SqsSendMessageResult extends SdkMetadata {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  SequenceNumber?: string;
}

/**
 * An `arn:aws:states:::sqs:sendMessage` task with request template `parameters`.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { sqsSendMessage } from 'statewright/integrations';
 *
 * const wf = workflow<{ orderId: string }>('Queue')
 *   .task('Enqueue', sqsSendMessage({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders', 'MessageBody.$': '$' }));
 * console.log(wf.toJson());
 * ```
 */
export function sqsSendMessage<const T extends PayloadTemplate>(
  parameters: T & CheckFields<T, SqsSendMessageRequest>,
  options?: ServiceOptions,
): ServiceTask<T, SqsSendMessageRequest, SqsSendMessageResult> {
  const result = z.object({ MessageId: z.string(), MD5OfMessageBody: z.string(), MD5OfMessageAttributes: z.string().optional(), SequenceNumber: z.string().optional() });
  return serviceTask('arn:aws:states:::sqs:sendMessage', parameters, result, options);
}
