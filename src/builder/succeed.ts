import type { JsonObject } from '../asl/index.js';
import { defined } from './defined.js';

/** The options of a Succeed state (JSONPath). */
export interface SucceedOptions<IP, OP> {
  readonly comment?: string;
  readonly inputPath?: IP;
  readonly outputPath?: OP;
}

/** The untyped shape of the options, as the implementation reads them. */
export interface SucceedFields {
  readonly comment?: string;
  readonly inputPath?: string | null;
  readonly outputPath?: string | null;
}

/** The ASL fields of a Succeed state. */
export function succeedState(o: SucceedFields = {}): JsonObject {
  return defined({ Type: 'Succeed', Comment: o.comment, InputPath: o.inputPath, OutputPath: o.outputPath });
}
