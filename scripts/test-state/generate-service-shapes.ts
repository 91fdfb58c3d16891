// Generates src/runtime/test-state/service-shapes.generated.ts: the response shapes testState() checks
// mocked results against, taken from the AWS service models that botocore ships (service-2.json.gz).
//   pip download --no-deps -d /tmp/botocore botocore && (cd /tmp/botocore && unzip -q botocore-*.whl 'botocore/data/*')
//   npx tsx scripts/test-state/generate-service-shapes.ts /tmp/botocore/botocore/data
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Optimized integrations whose request-response output is the SDK operation's: Step Functions name → model service and operation. */
const OPTIMIZED: Readonly<Record<string, readonly [string, string]>> = {
  'athena:startQueryExecution': ['athena', 'StartQueryExecution'],
  'athena:stopQueryExecution': ['athena', 'StopQueryExecution'],
  'athena:getQueryExecution': ['athena', 'GetQueryExecution'],
  'athena:getQueryResults': ['athena', 'GetQueryResults'],
  'batch:submitJob': ['batch', 'SubmitJob'],
  'codebuild:startBuild': ['codebuild', 'StartBuild'],
  'codebuild:stopBuild': ['codebuild', 'StopBuild'],
  'codebuild:batchDeleteBuilds': ['codebuild', 'BatchDeleteBuilds'],
  'codebuild:batchGetReports': ['codebuild', 'BatchGetReports'],
  'codebuild:startBuildBatch': ['codebuild', 'StartBuildBatch'],
  'codebuild:stopBuildBatch': ['codebuild', 'StopBuildBatch'],
  'codebuild:retryBuildBatch': ['codebuild', 'RetryBuildBatch'],
  'codebuild:deleteBuildBatch': ['codebuild', 'DeleteBuildBatch'],
  'databrew:startJobRun': ['databrew', 'StartJobRun'],
  'dynamodb:getItem': ['dynamodb', 'GetItem'],
  'dynamodb:putItem': ['dynamodb', 'PutItem'],
  'dynamodb:updateItem': ['dynamodb', 'UpdateItem'],
  'dynamodb:deleteItem': ['dynamodb', 'DeleteItem'],
  'ecs:runTask': ['ecs', 'RunTask'],
  'eks:createCluster': ['eks', 'CreateCluster'],
  'eks:deleteCluster': ['eks', 'DeleteCluster'],
  'eks:createFargateProfile': ['eks', 'CreateFargateProfile'],
  'eks:deleteFargateProfile': ['eks', 'DeleteFargateProfile'],
  'eks:createNodegroup': ['eks', 'CreateNodegroup'],
  'eks:deleteNodegroup': ['eks', 'DeleteNodegroup'],
  'emr-containers:createVirtualCluster': ['emr-containers', 'CreateVirtualCluster'],
  'emr-containers:deleteVirtualCluster': ['emr-containers', 'DeleteVirtualCluster'],
  'emr-containers:startJobRun': ['emr-containers', 'StartJobRun'],
  'emr-serverless:createApplication': ['emr-serverless', 'CreateApplication'],
  'emr-serverless:startApplication': ['emr-serverless', 'StartApplication'],
  'emr-serverless:stopApplication': ['emr-serverless', 'StopApplication'],
  'emr-serverless:deleteApplication': ['emr-serverless', 'DeleteApplication'],
  'emr-serverless:startJobRun': ['emr-serverless', 'StartJobRun'],
  'emr-serverless:cancelJobRun': ['emr-serverless', 'CancelJobRun'],
  'events:putEvents': ['events', 'PutEvents'],
  'glue:startJobRun': ['glue', 'StartJobRun'],
  'lambda:invoke': ['lambda', 'Invoke'],
  'sagemaker:createEndpoint': ['sagemaker', 'CreateEndpoint'],
  'sagemaker:createEndpointConfig': ['sagemaker', 'CreateEndpointConfig'],
  'sagemaker:createHyperParameterTuningJob': ['sagemaker', 'CreateHyperParameterTuningJob'],
  'sagemaker:createLabelingJob': ['sagemaker', 'CreateLabelingJob'],
  'sagemaker:createModel': ['sagemaker', 'CreateModel'],
  'sagemaker:createProcessingJob': ['sagemaker', 'CreateProcessingJob'],
  'sagemaker:createTrainingJob': ['sagemaker', 'CreateTrainingJob'],
  'sagemaker:createTransformJob': ['sagemaker', 'CreateTransformJob'],
  'sagemaker:updateEndpoint': ['sagemaker', 'UpdateEndpoint'],
  'sns:publish': ['sns', 'Publish'],
  'sqs:sendMessage': ['sqs', 'SendMessage'],
  'states:startExecution': ['stepfunctions', 'StartExecution'],
};

/** AWS SDK integrations covered, every operation: Step Functions service name → model service. */
const SDK_SERVICES: Readonly<Record<string, string>> = {
  dynamodb: 'dynamodb',
  eventbridge: 'events',
  kms: 'kms',
  lambda: 'lambda',
  s3: 's3',
  sfn: 'stepfunctions',
  sns: 'sns',
  sqs: 'sqs',
};

/** Members Step Functions hands over as parsed JSON rather than as the model's blob. */
const JSON_MEMBERS: Readonly<Record<string, readonly string[]>> = { 'lambda/InvokeResponse': ['Payload'] };

interface ModelShape {
  type: string;
  members?: Record<string, { shape: string }>;
  required?: string[];
  member?: { shape: string };
  value?: { shape: string };
  enum?: string[];
  min?: number;
  document?: boolean;
}
interface Model {
  operations: Record<string, { output?: { shape: string } }>;
  shapes: Record<string, ModelShape>;
}

const dataDir = process.argv[2] ?? '';
if (dataDir === '') throw new Error('usage: generate-service-shapes.ts <botocore/data folder>');
const models = new Map<string, Model>();
function model(service: string): Model {
  let found = models.get(service);
  if (found === undefined) {
    const versions = readdirSync(path.join(dataDir, service)).sort();
    const latest = versions[versions.length - 1] ?? '';
    found = JSON.parse(gunzipSync(readFileSync(path.join(dataDir, service, latest, 'service-2.json.gz'))).toString('utf8')) as Model;
    models.set(service, found);
  }
  return found;
}

type Out = Record<string, unknown>;
const shapes: Record<string, Out> = {};
const sfnCased = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Adds a model shape (and what it refers to) to the table; returns its key. */
function add(service: string, name: string): string {
  const shape = model(service).shapes[name];
  if (shape === undefined) throw new Error(`${service}: no shape ${name}`);
  // A primitive without constraints is one shared shape, named by its type.
  if (!['structure', 'list', 'map'].includes(shape.type) && shape.enum === undefined && !(shape.min !== undefined && shape.min > 0) && shape.document !== true) {
    shapes[shape.type] = { type: shape.type };
    return shape.type;
  }
  const key = `${service}/${name}`;
  if (key in shapes) return key;
  const out: Out = { type: shape.type };
  shapes[key] = out;
  if (shape.document === true) out.type = 'document';
  else if (shape.type === 'structure') {
    const json = new Set(JSON_MEMBERS[key] ?? []);
    out.members = Object.fromEntries(Object.entries(shape.members ?? {}).map(([member, ref]) => [sfnCased(member), json.has(member) ? 'document' : add(service, ref.shape)]));
    if (shape.required !== undefined && shape.required.length > 0) out.required = shape.required.map(sfnCased);
  } else if (shape.type === 'list') out.member = add(service, shape.member?.shape ?? '');
  else if (shape.type === 'map') out.value = add(service, shape.value?.shape ?? '');
  else if (shape.type === 'string' || shape.type === 'blob') {
    if (shape.min !== undefined && shape.min > 0) out.min = shape.min;
    if (shape.enum !== undefined) out.enum = shape.enum;
  }
  return key;
}

const actions: Record<string, string> = {};
for (const [action, [service, operation]] of Object.entries(OPTIMIZED)) {
  const output = model(service).operations[operation]?.output?.shape;
  if (output !== undefined) actions[action] = add(service, output);
}
for (const [sdkName, service] of Object.entries(SDK_SERVICES)) {
  for (const [operation, spec] of Object.entries(model(service).operations)) {
    if (spec.output !== undefined) actions[`aws-sdk:${sdkName}:${operation.charAt(0).toLowerCase()}${operation.slice(1)}`] = add(service, spec.output.shape);
  }
}
shapes.document = { type: 'document' };

const target = path.resolve(import.meta.dirname, '../../src/runtime/test-state/service-shapes.generated.ts');
writeFileSync(
  target,
  `// Generated by scripts/test-state/generate-service-shapes.ts from the AWS service models in botocore; do not edit.
import type { ModelShape } from './service-shapes.js';

/** Response shape keys by integration: \`<service>:<action>\` (optimized) or \`aws-sdk:<service>:<action>\`. */
export const RESPONSE_SHAPES = JSON.parse(${JSON.stringify(JSON.stringify(actions))}) as Readonly<Record<string, string>>;

/** Shapes by \`<model service>/<shape name>\` (or a bare type); structure members, list members and map values name other shapes. */
export const MODEL_SHAPES = JSON.parse(${JSON.stringify(JSON.stringify(shapes))}) as Readonly<Record<string, ModelShape>>;
`,
);
console.log(`${Object.keys(actions).length} actions, ${Object.keys(shapes).length} shapes → ${target}`);
