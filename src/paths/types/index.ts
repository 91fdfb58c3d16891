export type { CheckReferencePath, CheckResultPath, IsReferencePath } from './check-path.js';
export type { Get } from './get.js';
export type { Depth } from './json-node.js';
export type { AslTypeError, PathError } from './path-error.js';
export type { ReadPathOption, ReadPathToOption, WritePathOption } from './path-option.js';
export type { ReferencePaths } from './reference-paths.js';
export type { ReferencePathsTo } from './paths-to.js';
export type { SetAt } from './set-at.js';
