import type { JsonObject, JsonValue } from '../asl/index.js';
import type { ReadPathOption, SetAt, WritePathOption } from '../paths/types/index.js';
import type { Effective, OutputPathOption, PassResult } from './data-flow.js';
import { defined } from './defined.js';
import type { TemplateOption } from './template.js';

/** The options of a Pass state (JSONPath); the type parameters are as for {@link TaskOptions}. */
export interface PassOptions<In, E, W, IP, P, R, RP extends string | null, OP, Q = 'JSONPath', A = undefined, AC = unknown> {
  readonly comment?: string;
  readonly inputPath?: ReadPathOption<In, IP>;
  readonly parameters?: TemplateOption<E, W, P>;
  /** A fixed result that replaces the effective input. */
  readonly result?: R;
  readonly resultPath?: WritePathOption<In, RP>;
  readonly outputPath?: OutputPathOption<SetAt<In, RP, PassResult<Effective<In, W, IP, P>, R>>, OP, W>;
  /** `'JSONPath'` (the default, except in a JSONata workflow) or `'JSONata'`. */
  readonly queryLanguage?: Q;
  /** Workflow variables to set: a payload template read from the result (`result`, else the effective input). */
  readonly assign?: A & AC;
}

/** The untyped shape of the options, as the implementation reads them. */
export interface PassFields {
  readonly comment?: string;
  readonly inputPath?: string | null;
  readonly parameters?: JsonObject;
  readonly result?: JsonValue;
  readonly resultPath?: string | null;
  readonly outputPath?: string | null;
}

/** The ASL fields of a Pass state (without `Next`/`End`). */
export function passState(o: PassFields = {}): JsonObject {
  return defined({
    Type: 'Pass',
    Comment: o.comment,
    InputPath: o.inputPath,
    Parameters: o.parameters,
    Result: o.result,
    ResultPath: o.resultPath,
    OutputPath: o.outputPath,
  });
}
