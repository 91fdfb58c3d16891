import { z } from 'zod';
import type { PayloadTemplate } from '../../builder/index.js';
import type { DynamoDbErrorName } from './error-names.js';
import type { SdkMetadata } from './sdk-metadata.js';
import { serviceTask, type CheckFields, type ServiceOptions, type ServiceTask } from './service-task.js';

/**
 * A DynamoDB attribute value in its JSON form (numbers and binaries as text).
 *
 * @example
 * ```ts
 * import type { AttributeValue } from 'statewright/integrations';
 * const qty: AttributeValue = { N: '3' };
 * ```
 */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly B: string }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly string[] }
  | { readonly BS: readonly string[] }
  | { readonly L: readonly AttributeValue[] }
  | { readonly M: AttributeMap };

/**
 * An item or key: attribute values by name.
 *
 * @example
 * ```ts
 * import type { AttributeMap } from 'statewright/integrations';
 * const key: AttributeMap = { sku: { S: 'pen' } };
 * ```
 */
export type AttributeMap = Readonly<Record<string, AttributeValue>>;

/**
 * The fields the four item requests share.
 *
 * @example
 * ```ts
 * import type { ItemRequest } from 'statewright/integrations';
 * const r: ItemRequest = { TableName: 'stock', ReturnConsumedCapacity: 'TOTAL' };
 * ```
 */
export interface ItemRequest {
  readonly TableName: string;
  readonly ExpressionAttributeNames?: Readonly<Record<string, string>>;
  readonly ReturnConsumedCapacity?: 'INDEXES' | 'TOTAL' | 'NONE';
}

/**
 * The request of a `dynamodb:getItem` task.
 *
 * @example
 * ```ts
 * import type { GetItemRequest } from 'statewright/integrations';
 * const r: GetItemRequest = { TableName: 'stock', Key: { sku: { S: 'pen' } } };
 * ```
 */
export interface GetItemRequest extends ItemRequest {
  readonly Key: AttributeMap;
  readonly ConsistentRead?: boolean;
  readonly ProjectionExpression?: string;
}

/**
 * The request of a `dynamodb:putItem` task.
 *
 * @example
 * ```ts
 * import type { PutItemRequest } from 'statewright/integrations';
 * const r: PutItemRequest = { TableName: 'stock', Item: { sku: { S: 'pen' }, left: { N: '3' } } };
 * ```
 */
export interface PutItemRequest extends ItemRequest {
  readonly Item: AttributeMap;
  readonly ConditionExpression?: string;
  readonly ExpressionAttributeValues?: AttributeMap;
  readonly ReturnValues?: 'NONE' | 'ALL_OLD';
  readonly ReturnValuesOnConditionCheckFailure?: 'NONE' | 'ALL_OLD';
}

/**
 * The request of a `dynamodb:updateItem` task.
 *
 * @example
 * ```ts
 * import type { UpdateItemRequest } from 'statewright/integrations';
 * const r: UpdateItemRequest = { TableName: 'stock', Key: { sku: { S: 'pen' } }, UpdateExpression: 'SET left = left - :q', ExpressionAttributeValues: { ':q': { N: '1' } } };
 * ```
 */
export interface UpdateItemRequest extends ItemRequest {
  readonly Key: AttributeMap;
  readonly UpdateExpression?: string;
  readonly ConditionExpression?: string;
  readonly ExpressionAttributeValues?: AttributeMap;
  readonly ReturnValues?: 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';
  readonly ReturnValuesOnConditionCheckFailure?: 'NONE' | 'ALL_OLD';
}

/**
 * The request of a `dynamodb:deleteItem` task.
 *
 * @example
 * ```ts
 * import type { DeleteItemRequest } from 'statewright/integrations';
 * const r: DeleteItemRequest = { TableName: 'stock', Key: { sku: { S: 'pen' } } };
 * ```
 */
export interface DeleteItemRequest extends ItemRequest {
  readonly Key: AttributeMap;
  readonly ConditionExpression?: string;
  readonly ExpressionAttributeValues?: AttributeMap;
  readonly ReturnValues?: 'NONE' | 'ALL_OLD';
  readonly ReturnValuesOnConditionCheckFailure?: 'NONE' | 'ALL_OLD';
}

/**
 * The capacity a request consumed, when `ReturnConsumedCapacity` asks for it.
 *
 * @example
 * ```ts
 * import type { ConsumedCapacity } from 'statewright/integrations';
 * const c: ConsumedCapacity = { TableName: 'stock', CapacityUnits: 0.5 };
 * ```
 */
export interface ConsumedCapacity {
  TableName?: string;
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/**
 * What a `dynamodb:getItem` task returns: `Item` (of type `I`) when the key exists.
 *
 * @example
 * ```ts
 * import type { GetItemResult } from 'statewright/integrations';
 * const r: GetItemResult<{ sku: { S: string } }> = { Item: { sku: { S: 'pen' } } };
 * ```
 */
export interface GetItemResult<I> extends SdkMetadata {
  Item?: I;
  ConsumedCapacity?: ConsumedCapacity;
}

/**
 * What `putItem`, `updateItem` and `deleteItem` tasks return: `Attributes` (of type `I`) when
 * `ReturnValues` asks for them.
 *
 * @example
 * ```ts
 * import type { WriteItemResult } from 'statewright/integrations';
 * const r: WriteItemResult<{ left: { N: string } }> = { Attributes: { left: { N: '2' } } };
 * ```
 */
export interface WriteItemResult<I> extends SdkMetadata {
  Attributes?: I;
  ConsumedCapacity?: ConsumedCapacity;
}

/**
 * Options of the DynamoDB helpers: a schema of the item (`Item` or `Attributes`), besides the retriers.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { DynamoDbOptions } from 'statewright/integrations';
 * const options: DynamoDbOptions<z.ZodType<{ sku: { S: string } }>> = { item: z.object({ sku: z.object({ S: z.string() }) }) };
 * ```
 */
export interface DynamoDbOptions<S> extends ServiceOptions<DynamoDbErrorName> {
  /** A schema of the item the task returns (default: any attribute map). */
  readonly item?: S;
}

type ItemOf<S> = S extends z.ZodType ? z.output<S> : AttributeMap;

const attributeMap = z.record(z.string(), z.custom<AttributeValue>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)));
const capacity = z.object({ TableName: z.string().optional(), CapacityUnits: z.number().optional() }).optional();

function itemTask<T, Req, Result>(action: string, key: 'Item' | 'Attributes', parameters: object, options: DynamoDbOptions<z.ZodType> | undefined): ServiceTask<T, Req, Result> {
  const item = options?.item ?? attributeMap;
  return serviceTask(`arn:aws:states:::dynamodb:${action}`, parameters, z.object({ [key]: item.optional(), ConsumedCapacity: capacity }), options);
}

/**
 * An `arn:aws:states:::dynamodb:getItem` task with request template `parameters`; `item` types `Item`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { workflow } from 'statewright';
 * import { dynamodbGetItem } from 'statewright/integrations';
 *
 * const Stock = z.object({ sku: z.object({ S: z.string() }), left: z.object({ N: z.string() }) });
 * const wf = workflow<{ sku: string }>('Look').task('Get', dynamodbGetItem({ TableName: 'stock', Key: { sku: { 'S.$': '$.sku' } } }, { item: Stock }));
 * console.log(wf.toJson());
 * ```
 */
export function dynamodbGetItem<const T extends PayloadTemplate, S extends z.ZodType | undefined = undefined>(
  parameters: T & CheckFields<T, GetItemRequest>,
  options?: DynamoDbOptions<S>,
): ServiceTask<T, GetItemRequest, GetItemResult<ItemOf<S>>> {
  return itemTask('getItem', 'Item', parameters, options as DynamoDbOptions<z.ZodType> | undefined);
}

/**
 * An `arn:aws:states:::dynamodb:putItem` task with request template `parameters`.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { dynamodbPutItem } from 'statewright/integrations';
 *
 * const wf = workflow<{ id: string }>('Save').task('Put', dynamodbPutItem({ TableName: 'orders', Item: { id: { 'S.$': '$.id' } } }));
 * console.log(wf.toJson());
 * ```
 */
export function dynamodbPutItem<const T extends PayloadTemplate, S extends z.ZodType | undefined = undefined>(
  parameters: T & CheckFields<T, PutItemRequest>,
  options?: DynamoDbOptions<S>,
): ServiceTask<T, PutItemRequest, WriteItemResult<ItemOf<S>>> {
  return itemTask('putItem', 'Attributes', parameters, options as DynamoDbOptions<z.ZodType> | undefined);
}

/**
 * An `arn:aws:states:::dynamodb:updateItem` task with request template `parameters`.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { dynamodbUpdateItem } from 'statewright/integrations';
 *
 * const wf = workflow<{ sku: string }>('Take').task('Update', dynamodbUpdateItem({
 *   TableName: 'stock', Key: { sku: { 'S.$': '$.sku' } }, UpdateExpression: 'SET left = left - :one', ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'ALL_NEW',
 * }));
 * console.log(wf.toJson());
 * ```
 */
export function dynamodbUpdateItem<const T extends PayloadTemplate, S extends z.ZodType | undefined = undefined>(
  parameters: T & CheckFields<T, UpdateItemRequest>,
  options?: DynamoDbOptions<S>,
): ServiceTask<T, UpdateItemRequest, WriteItemResult<ItemOf<S>>> {
  return itemTask('updateItem', 'Attributes', parameters, options as DynamoDbOptions<z.ZodType> | undefined);
}

/**
 * An `arn:aws:states:::dynamodb:deleteItem` task with request template `parameters`.
 *
 * @example
 * ```ts
 * import { workflow } from 'statewright';
 * import { dynamodbDeleteItem } from 'statewright/integrations';
 *
 * const wf = workflow<{ id: string }>('Drop').task('Delete', dynamodbDeleteItem({ TableName: 'orders', Key: { id: { 'S.$': '$.id' } } }));
 * console.log(wf.toJson());
 * ```
 */
export function dynamodbDeleteItem<const T extends PayloadTemplate, S extends z.ZodType | undefined = undefined>(
  parameters: T & CheckFields<T, DeleteItemRequest>,
  options?: DynamoDbOptions<S>,
): ServiceTask<T, DeleteItemRequest, WriteItemResult<ItemOf<S>>> {
  return itemTask('deleteItem', 'Attributes', parameters, options as DynamoDbOptions<z.ZodType> | undefined);
}
