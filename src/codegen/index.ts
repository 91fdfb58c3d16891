export { importAsl, type ImportAslOptions } from './import-asl.js';
export { UnsupportedFeatureError, type UnsupportedFeature } from './unsupported-feature-error.js';
