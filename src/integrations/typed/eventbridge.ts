import { z } from 'zod';
import type { PayloadTemplate } from '../../builder/index.js';
import type { MessageBody } from './messaging.js';
import type { SdkMetadata } from './sdk-metadata.js';
import { serviceTask, type CheckFields, type ServiceOptions, type ServiceTask } from './service-task.js';

/**
 * One event of an `events:putEvents` task (`Detail` as JSON; Step Functions sends it as text).
 *
 * @example
 * ```ts
 * import type { EventEntry } from 'statewright/integrations';
 * const e: EventEntry = { Source: 'shop.orders', DetailType: 'OrderPlaced', Detail: { id: 'o-1' } };
 * ```
 */
export interface EventEntry {
  readonly Source: string;
  readonly DetailType: string;
  readonly Detail: MessageBody;
  readonly EventBusName?: string;
  readonly Resources?: readonly string[];
  readonly TraceHeader?: string;
}

/**
 * The request of an `events:putEvents` task (EventBridge PutEvents).
 *
 * @example
 * ```ts
 * import type { PutEventsRequest } from 'statewright/integrations';
 * const r: PutEventsRequest = { Entries: [{ Source: 'shop', DetailType: 'Placed', Detail: {} }] };
 * ```
 */
export interface PutEventsRequest {
  readonly Entries: readonly EventEntry[];
  readonly EndpointId?: string;
}

/**
 * What an `events:putEvents` task returns: one entry per event, in order.
 *
 * @example
 * ```ts
 * import type { PutEventsResult } from 'statewright/integrations';
 * const r: PutEventsResult = { Entries: [{ EventId: 'e-1' }], FailedEntryCount: 0 };
 * ```
 */
export interface PutEventsResult extends SdkMetadata {
  Entries: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[];
  FailedEntryCount: number;
}

/**
 * An `arn:aws:states:::events:putEvents` task with request template `parameters`.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { eventBridgePutEvents } from 'statewright/integrations';
 *
 * const wf = workflow<{ orderId: string }>('Announce')
 *   .task('Put', eventBridgePutEvents({ Entries: [{ Source: 'shop.orders', DetailType: 'OrderPlaced', 'Detail.$': '$' }] }));
 * console.log(wf.toJson());
 * ```
 */
export function eventBridgePutEvents<const T extends PayloadTemplate>(
  parameters: T & CheckFields<T, PutEventsRequest>,
  options?: ServiceOptions,
): ServiceTask<T, PutEventsRequest, PutEventsResult> {
  const entry = z.object({ EventId: z.string().optional(), ErrorCode: z.string().optional(), ErrorMessage: z.string().optional() });
  return serviceTask('arn:aws:states:::events:putEvents', parameters, z.object({ Entries: z.array(entry), FailedEntryCount: z.number() }), options);
}
