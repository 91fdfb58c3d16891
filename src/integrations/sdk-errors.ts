// Error names of AWS SDK integrations. Source: AWS Step Functions Developer Guide, "Learning to use
// AWS service SDK integrations" (supported-services-awssdk.html): the Error is `ServiceName.ErrorName`,
// both PascalCase, the error always ending in `Exception` (S3's `BucketAlreadyExists` is caught as
// `S3.BucketAlreadyExistsException`; AWS Private CA's as `AcmPca.ResourceNotFoundException`). The service
// name is the AWS SDK for Java 2.x client's (`DynamoDb`, `SecretsManager`, `Sfn`); the conformance
// recordings show `SecretsManager.SecretsManagerException` and `Sfn.InvalidTokenException`.

/** `Resource` service name (lower case) → the PascalCase name AWS puts before an SDK integration's errors. */
const SERVICE_NAMES: Readonly<Record<string, string>> = {
  acm: 'Acm',
  acmpca: 'AcmPca',
  apigateway: 'ApiGateway',
  apigatewayv2: 'ApiGatewayV2',
  appconfig: 'AppConfig',
  appsync: 'AppSync',
  athena: 'Athena',
  autoscaling: 'AutoScaling',
  backup: 'Backup',
  batch: 'Batch',
  bedrock: 'Bedrock',
  bedrockagent: 'BedrockAgent',
  bedrockagentruntime: 'BedrockAgentRuntime',
  bedrockruntime: 'BedrockRuntime',
  cloudformation: 'CloudFormation',
  cloudfront: 'CloudFront',
  cloudtrail: 'CloudTrail',
  cloudwatch: 'CloudWatch',
  cloudwatchlogs: 'CloudWatchLogs',
  codebuild: 'CodeBuild',
  codecommit: 'CodeCommit',
  codedeploy: 'CodeDeploy',
  codepipeline: 'CodePipeline',
  cognitoidentityprovider: 'CognitoIdentityProvider',
  comprehend: 'Comprehend',
  databrew: 'DataBrew',
  dynamodb: 'DynamoDb',
  dynamodbstreams: 'DynamoDbStreams',
  ec2: 'Ec2',
  ecr: 'Ecr',
  ecs: 'Ecs',
  efs: 'Efs',
  eks: 'Eks',
  elasticache: 'ElastiCache',
  elasticloadbalancingv2: 'ElasticLoadBalancingV2',
  emr: 'Emr',
  emrcontainers: 'EmrContainers',
  emrserverless: 'EmrServerless',
  eventbridge: 'EventBridge',
  firehose: 'Firehose',
  glue: 'Glue',
  iam: 'Iam',
  kinesis: 'Kinesis',
  kms: 'Kms',
  lambda: 'Lambda',
  mediaconvert: 'MediaConvert',
  opensearch: 'OpenSearch',
  organizations: 'Organizations',
  pipes: 'Pipes',
  rds: 'Rds',
  rdsdata: 'RdsData',
  redshift: 'Redshift',
  redshiftdata: 'RedshiftData',
  rekognition: 'Rekognition',
  route53: 'Route53',
  s3: 'S3',
  s3control: 'S3Control',
  sagemaker: 'SageMaker',
  scheduler: 'Scheduler',
  secretsmanager: 'SecretsManager',
  ses: 'Ses',
  sesv2: 'SesV2',
  sfn: 'Sfn',
  sns: 'Sns',
  sqs: 'Sqs',
  ssm: 'Ssm',
  sts: 'Sts',
  textract: 'Textract',
  transcribe: 'Transcribe',
  translate: 'Translate',
  xray: 'XRay',
};

/**
 * The PascalCase service name AWS puts before the errors of an AWS SDK integration, from the service
 * as the `Resource` spells it (`dynamodb` → `DynamoDb`, `sfn` → `Sfn`). A service missing from the
 * table is capitalised (`textract` → `Textract`).
 *
 * @example
 * ```ts
 * import { awsSdkServiceName } from 'statewright/integrations';
 * awsSdkServiceName('secretsmanager'); // 'SecretsManager'
 * ```
 */
export function awsSdkServiceName(service: string): string {
  return Object.hasOwn(SERVICE_NAMES, service) ? (SERVICE_NAMES[service] ?? service) : service.charAt(0).toUpperCase() + service.slice(1);
}

/**
 * The `Error` an AWS SDK integration fails with: `<Service>.<Code>Exception`, as `Retry` and `Catch`
 * must name it (the `Exception` suffix is added when the service's own code lacks it).
 *
 * @example
 * ```ts
 * import { awsSdkErrorName } from 'statewright/integrations';
 * awsSdkErrorName('dynamodb', 'ConditionalCheckFailedException'); // 'DynamoDb.ConditionalCheckFailedException'
 * awsSdkErrorName('s3', 'NoSuchKey'); // 'S3.NoSuchKeyException'
 * ```
 */
export function awsSdkErrorName(service: string, code: string): string {
  return `${awsSdkServiceName(service)}.${code.endsWith('Exception') ? code : `${code}Exception`}`;
}
