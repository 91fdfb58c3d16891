import { z } from 'zod';
import type { QueryLanguage } from './query-language.js';
import type { StateType } from './state-type.js';
import { ChoiceJsonataSchema, ChoiceJsonPathSchema, type ChoiceState } from './states/choice.js';
import { FailJsonataSchema, FailJsonPathSchema, type FailState } from './states/fail.js';
import { MapJsonataSchema, MapJsonPathSchema, type MapState } from './states/map.js';
import { ParallelJsonataSchema, ParallelJsonPathSchema, type ParallelState } from './states/parallel.js';
import { PassJsonataSchema, PassJsonPathSchema, type PassState } from './states/pass.js';
import { SucceedJsonataSchema, SucceedJsonPathSchema, type SucceedState } from './states/succeed.js';
import { TaskJsonataSchema, TaskJsonPathSchema, type TaskState } from './states/task.js';
import { WaitJsonataSchema, WaitJsonPathSchema, type WaitState } from './states/wait.js';

// Getters and z.lazy keep this module from touching the kind schemas while a module cycle is still loading
// (Parallel and Map hold states, so states/parallel.ts and states/map.ts come back here through containers.ts).
const table = {
  get Pass() {
    return { JSONPath: PassJsonPathSchema, JSONata: PassJsonataSchema };
  },
  get Task() {
    return { JSONPath: TaskJsonPathSchema, JSONata: TaskJsonataSchema };
  },
  get Choice() {
    return { JSONPath: ChoiceJsonPathSchema, JSONata: ChoiceJsonataSchema };
  },
  get Wait() {
    return { JSONPath: WaitJsonPathSchema, JSONata: WaitJsonataSchema };
  },
  get Succeed() {
    return { JSONPath: SucceedJsonPathSchema, JSONata: SucceedJsonataSchema };
  },
  get Fail() {
    return { JSONPath: FailJsonPathSchema, JSONata: FailJsonataSchema };
  },
  get Parallel() {
    return { JSONPath: ParallelJsonPathSchema, JSONata: ParallelJsonataSchema };
  },
  get Map() {
    return { JSONPath: MapJsonPathSchema, JSONata: MapJsonataSchema };
  },
} as const satisfies Record<StateType, Record<QueryLanguage, z.ZodObject>>;

/** A schema whose `shape` may also be read by any field name (unknown names give `undefined`). */
type IndexedShape<S> = S & { readonly shape: Readonly<Record<string, z.ZodType>> };

/** The type of {@link stateSchemas}: each entry keeps its exact schema type, and its `shape` can be indexed by a string. */
export type StateSchemaTable = {
  readonly [K in StateType]: { readonly [L in QueryLanguage]: IndexedShape<(typeof table)[K][L]> };
};

/**
 * The strict field schemas of every state kind, per query language: `stateSchemas[type][queryLanguage]`.
 * Each field's schema in `shape` checks that field's value on its own.
 *
 * @example
 * ```ts
 * import { stateSchemas } from 'statewright';
 *
 * const waitSeconds = stateSchemas.Wait.JSONata.shape.Seconds;
 * console.log(waitSeconds.safeParse('{% $states.input.delay %}').success); // true
 * console.log(waitSeconds.safeParse(-1).success); // false: Minimum value is 0
 * ```
 */
export const stateSchemas: StateSchemaTable = table;

/** Any JSONPath state, chosen by its `Type`. Annotated: inference through the state cycle is order-dependent. */
export const StateJsonPathSchema: z.ZodLazy<
  z.ZodDiscriminatedUnion<
    [
      typeof PassJsonPathSchema,
      typeof TaskJsonPathSchema,
      typeof ChoiceJsonPathSchema,
      typeof WaitJsonPathSchema,
      typeof SucceedJsonPathSchema,
      typeof FailJsonPathSchema,
      typeof ParallelJsonPathSchema,
      typeof MapJsonPathSchema,
    ]
  >
> = z.lazy(() =>
  z.discriminatedUnion('Type', [
    PassJsonPathSchema,
    TaskJsonPathSchema,
    ChoiceJsonPathSchema,
    WaitJsonPathSchema,
    SucceedJsonPathSchema,
    FailJsonPathSchema,
    ParallelJsonPathSchema,
    MapJsonPathSchema,
  ]),
);

/** Any JSONata state, chosen by its `Type`. Annotated like {@link StateJsonPathSchema}. */
export const StateJsonataSchema: z.ZodLazy<
  z.ZodDiscriminatedUnion<
    [
      typeof PassJsonataSchema,
      typeof TaskJsonataSchema,
      typeof ChoiceJsonataSchema,
      typeof WaitJsonataSchema,
      typeof SucceedJsonataSchema,
      typeof FailJsonataSchema,
      typeof ParallelJsonataSchema,
      typeof MapJsonataSchema,
    ]
  >
> = z.lazy(() =>
  z.discriminatedUnion('Type', [
    PassJsonataSchema,
    TaskJsonataSchema,
    ChoiceJsonataSchema,
    WaitJsonataSchema,
    SucceedJsonataSchema,
    FailJsonataSchema,
    ParallelJsonataSchema,
    MapJsonataSchema,
  ]),
);

/**
 * Any state, in either query language. A state matches when its fields fit one language's schema; which language
 * applies (its own `QueryLanguage`, else the machine's) is the validator's business.
 */
export const StateSchema = z.union([StateJsonPathSchema, StateJsonataSchema]);

/**
 * Any state; narrow it on `Type`. Spelt out as the union of the kinds (each still inferred from its schema):
 * inferring it through the lazy, recursive {@link StateSchema} depends on the order a checker meets the cycle.
 */
export type State = PassState | TaskState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;
