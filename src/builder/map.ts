import type { JsonObject } from '../asl/index.js';
import { toCatch, type CatchOptions } from './catch.js';
import { defined } from './defined.js';
import { distributedFields, type DistributedMapFields } from './map-distributed.js';
import { toRetry, type RetryOptions } from './retry.js';
import type { Get, ReferencePathsTo } from '../paths/types/index.js';
import type { PayloadTemplate, TemplateOption, TemplateOutput } from './template.js';

/**
 * The context of a Map's `itemSelector`: the workflow input `W` (for `$$.Execution.Input`) and the
 * item, which `$$.Map.Item.Value` reads (`$$.Map.Item.Index` is its index).
 */
export interface MapItemScope<W, Item> {
  readonly '~workflowInput': W;
  readonly '~item': Item;
}

/**
 * The item of a Map over a JSON object: one of its entries, key `K` and value `V`. The iteration
 * input is `{ Key, Value }`; `$$.Map.Item.Key` and `$$.Map.Item.Value` read them.
 */
export interface ObjectEntry<K extends string, V> {
  readonly '~key': K;
  readonly '~value': V;
}

/**
 * The type of an item of what `itemsPath` `IT` selects in `E` (`never`: `'$'`, the default): an
 * array's element, or an object's entry.
 */
export type ItemOf<E, IT> = ItemsIn<Get<E, [IT] extends [never] ? '$' : IT & string>>;
type ItemsIn<S> = [S] extends [readonly (infer I)[]] ? I : [S] extends [object] ? ObjectEntry<keyof S & string, S[keyof S]> : unknown;

/** What an iteration receives without `itemSelector`: the item, or an object's entry as `{ Key, Value }`. */
export type ItemInput<Item> = [Item] extends [ObjectEntry<infer K, infer V>] ? { Key: K; Value: V } : Item;

/** `$$.Map.Item` in `itemSelector`: the item's `Index` and `Value`, and for an object's entry its `Key`. */
export type MapItemContext<Item> = [Item] extends [ObjectEntry<infer K, infer V>]
  ? { readonly Index: number; readonly Key: K; readonly Value: V }
  : { readonly Index: number; readonly Value: Item };

/** What each iteration receives: the item, or what `itemSelector` builds from the input and the item. */
export type IterationInput<E, W, Item, IS> = [IS] extends [PayloadTemplate] ? TemplateOutput<E, MapItemScope<W, Item>, IS> : ItemInput<Item>;

/** Where a Map's processor runs: in the execution (`INLINE`), or as child executions (`DISTRIBUTED`). */
export type MapMode = 'INLINE' | 'DISTRIBUTED';

/**
 * The options of a Map state (JSONPath). `E` is the effective input (after `inputPath`), `W` the
 * workflow input, `Item` the type of an item, `R` the result (the array of processor outputs).
 */
export interface MapOptions<E, W, Item, IP, IT, IS, RS, RP, OP, C, R, F> {
  readonly comment?: string;
  readonly inputPath?: IP;
  /** The array (or object: one iteration per key-value pair) to iterate over, a path into the effective input (default `'$'`). */
  readonly itemsPath?: IT;
  /** A payload template for each iteration's input; `$$.Map.Item.Value` is the item, `$$.Map.Item.Index` its index (`$$.Map.Item.Key` its key in an object). */
  readonly itemSelector?: TemplateOption<E, MapItemScope<W, Item>, IS>;
  /** Builds the states each iteration runs, on a fresh chain whose input is the iteration input. */
  readonly processor: F;
  readonly mode?: MapMode;
  /** For `DISTRIBUTED`: the child executions' type. */
  readonly executionType?: 'STANDARD' | 'EXPRESS';
  /** Iterations at once (0 or absent: as many as AWS allows). */
  readonly maxConcurrency?: number;
  readonly toleratedFailureCount?: number;
  readonly toleratedFailurePercentage?: number;
  /** For `DISTRIBUTED`: a label for the child executions. */
  readonly label?: string;
  /** `maxConcurrency`, `toleratedFailureCount`, `toleratedFailurePercentage` read from the effective input: paths to numbers. */
  readonly maxConcurrencyPath?: ReferencePathsTo<E, number>;
  readonly toleratedFailureCountPath?: ReferencePathsTo<E, number>;
  readonly toleratedFailurePercentagePath?: ReferencePathsTo<E, number>;
  readonly resultSelector?: TemplateOption<R, W, RS>;
  readonly resultPath?: RP;
  readonly outputPath?: OP;
  readonly retry?: readonly RetryOptions[];
  readonly catch?: C;
}

/** The untyped shape of the options, as the implementation reads them. */
export interface MapFields extends DistributedMapFields {
  readonly comment?: string;
  readonly inputPath?: string | null;
  readonly itemsPath?: string;
  readonly itemSelector?: JsonObject;
  readonly mode?: MapMode;
  readonly executionType?: 'STANDARD' | 'EXPRESS';
  readonly maxConcurrency?: number;
  readonly toleratedFailureCount?: number;
  readonly toleratedFailurePercentage?: number;
  readonly label?: string;
  readonly maxConcurrencyPath?: string;
  readonly toleratedFailureCountPath?: string;
  readonly toleratedFailurePercentagePath?: string;
  readonly resultSelector?: JsonObject;
  readonly resultPath?: string | null;
  readonly outputPath?: string | null;
  readonly retry?: readonly RetryOptions[];
  readonly catch?: readonly CatchOptions[];
}

/** The ASL fields of a Map state (without `Next`/`End`), its processor given as ASL (`StartAt`, `States`). */
export function mapState(o: MapFields, processor: JsonObject): JsonObject {
  const config = defined({ Mode: o.mode, ExecutionType: o.executionType });
  return defined({
    Type: 'Map',
    Comment: o.comment,
    InputPath: o.inputPath,
    ItemsPath: o.itemsPath,
    ItemSelector: o.itemSelector,
    ...distributedFields(o),
    ItemProcessor: Object.keys(config).length === 0 ? processor : { ProcessorConfig: config, ...processor },
    MaxConcurrency: o.maxConcurrency,
    ToleratedFailureCount: o.toleratedFailureCount,
    ToleratedFailurePercentage: o.toleratedFailurePercentage,
    Label: o.label,
    MaxConcurrencyPath: o.maxConcurrencyPath,
    ToleratedFailureCountPath: o.toleratedFailureCountPath,
    ToleratedFailurePercentagePath: o.toleratedFailurePercentagePath,
    ResultSelector: o.resultSelector,
    ResultPath: o.resultPath,
    OutputPath: o.outputPath,
    Retry: o.retry && toRetry(o.retry),
    Catch: o.catch && toCatch(o.catch),
  });
}
