/**
 * Response shapes of the service actions whose mocked results `testState` checks, written from the
 * AWS API references (the members, types, enums and length limits of each action's output), with
 * member names as Step Functions passes them on (first letter upper case). Payloads that Step
 * Functions turns into JSON (`lambda:invoke`'s `Payload`) are documents.
 */
export type Shape =
  | { readonly type: 'structure'; readonly members: Readonly<Record<string, Shape>>; readonly required?: readonly string[] }
  | { readonly type: 'list'; readonly member: Shape }
  | { readonly type: 'map'; readonly value: Shape }
  | { readonly type: 'string' | 'blob'; readonly min?: number; readonly enum?: readonly string[] }
  | { readonly type: 'timestamp' | 'integer' | 'long' | 'double' | 'boolean' | 'document' };

const string: Shape = { type: 'string' };
const integer: Shape = { type: 'integer' };
const long: Shape = { type: 'long' };
const boolean: Shape = { type: 'boolean' };
const timestamp: Shape = { type: 'timestamp' };
const document: Shape = { type: 'document' };
const enumOf = (...values: string[]): Shape => ({ type: 'string', enum: values });
const structure = (members: Record<string, Shape>, required?: string[]): Shape => ({ type: 'structure', members, ...(required === undefined ? {} : { required }) });

const S3_GET_OBJECT = structure({
  Body: { type: 'blob' },
  DeleteMarker: boolean,
  AcceptRanges: string,
  Expiration: string,
  Restore: string,
  LastModified: timestamp,
  ContentLength: long,
  ETag: string,
  ChecksumCRC32: string,
  ChecksumCRC32C: string,
  ChecksumSHA1: string,
  ChecksumSHA256: string,
  MissingMeta: integer,
  VersionId: string,
  CacheControl: string,
  ContentDisposition: string,
  ContentEncoding: string,
  ContentLanguage: string,
  ContentRange: string,
  ContentType: string,
  Expires: timestamp,
  WebsiteRedirectLocation: string,
  ServerSideEncryption: enumOf('AES256', 'aws:fsx', 'aws:kms', 'aws:kms:dsse'),
  Metadata: { type: 'map', value: string },
  SSECustomerAlgorithm: string,
  SSECustomerKeyMD5: string,
  SSEKMSKeyId: string,
  BucketKeyEnabled: boolean,
  StorageClass: enumOf('STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'OUTPOSTS', 'GLACIER_IR', 'SNOW', 'EXPRESS_ONEZONE', 'FSX_OPENZFS'),
  RequestCharged: enumOf('requester'),
  ReplicationStatus: enumOf('COMPLETE', 'PENDING', 'FAILED', 'REPLICA', 'COMPLETED'),
  PartsCount: integer,
  TagCount: integer,
  ObjectLockMode: enumOf('GOVERNANCE', 'COMPLIANCE'),
  ObjectLockRetainUntilDate: timestamp,
  ObjectLockLegalHoldStatus: enumOf('ON', 'OFF'),
});

const KMS_ENCRYPT = structure({
  CiphertextBlob: { type: 'blob', min: 1 },
  KeyId: { type: 'string', min: 1 },
  EncryptionAlgorithm: enumOf('SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'),
});

const LAMBDA_INVOKE = structure({ StatusCode: integer, FunctionError: string, LogResult: string, Payload: document, ExecutedVersion: { type: 'string', min: 1 } });

const EVENTS_PUT_EVENTS = structure({
  FailedEntryCount: integer,
  Entries: { type: 'list', member: structure({ EventId: string, ErrorCode: string, ErrorMessage: string }) },
});

const SFN_START_EXECUTION = structure({ ExecutionArn: { type: 'string', min: 1 }, StartDate: timestamp }, ['ExecutionArn', 'StartDate']);

const DYNAMODB_ITEM_OUTPUT = structure({ Attributes: { type: 'map', value: document }, ConsumedCapacity: document, ItemCollectionMetrics: document });

/** Response shapes by `<service>:<action>` of the request-response pattern (optimized and AWS SDK integrations alike). */
export const SERVICE_SHAPES: Readonly<Record<string, Shape>> = {
  'lambda:invoke': LAMBDA_INVOKE,
  'events:putEvents': EVENTS_PUT_EVENTS,
  'states:startExecution': SFN_START_EXECUTION,
  'sfn:startExecution': SFN_START_EXECUTION,
  'kms:encrypt': KMS_ENCRYPT,
  's3:getObject': S3_GET_OBJECT,
  'dynamodb:putItem': DYNAMODB_ITEM_OUTPUT,
  'dynamodb:updateItem': DYNAMODB_ITEM_OUTPUT,
  'dynamodb:deleteItem': DYNAMODB_ITEM_OUTPUT,
  'dynamodb:getItem': structure({ Item: { type: 'map', value: document }, ConsumedCapacity: document }),
  'sqs:sendMessage': structure({ MD5OfMessageBody: string, MD5OfMessageAttributes: string, MD5OfMessageSystemAttributes: string, MessageId: string, SequenceNumber: string }),
  'sns:publish': structure({ MessageId: string, SequenceNumber: string }),
};
