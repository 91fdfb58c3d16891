// statewright/integrations: the service-integration catalogue and `Resource` parsing, shared by the
// validator and the executor.
export {
  OPTIMIZED_INTEGRATIONS,
  findOptimizedIntegration,
  type OptimizedIntegration,
  type ResourceUsage,
} from './catalogue.js';
export type {
  ActivityResource,
  AwsSdkResource,
  HttpResource,
  InvalidResource,
  LambdaFunctionResource,
  OptimizedResource,
  ParsedResource,
} from './parsed-resource.js';
export { PARTITIONS, type Partition } from './partition.js';
export { awsSdkErrorName, awsSdkServiceName } from './sdk-errors.js';
export { LAMBDA_SERVICE_ERRORS } from './lambda-errors.js';
export { INTEGRATION_PATTERNS, patternSuffix, type IntegrationPattern } from './pattern.js';
export { isResourceAllowedForType, parseResource, type WorkflowType } from './resource.js';
export * from './typed/index.js';
