import type { EmptyObject } from 'type-fest';
import type { z } from 'zod';
import type { Get, SetAt } from '../paths/types/index.js';
import type { Literal, PayloadTemplate, TemplateOutput } from './template.js';

/** What `InputPath` / `OutputPath` `P` selects: `null` gives `{}`. */
export type Select<T, P> = P extends null ? EmptyObject : P extends string ? Get<T, P> : never;

/** The input after `InputPath` and then `Parameters` (when given). */
export type Effective<T, W, IP, P> = [P] extends [PayloadTemplate] ? TemplateOutput<Select<T, IP>, W, P> : Select<T, IP>;

/** What a task's `result` schema says it returns (`unknown` without one). */
export type ResultOf<S> = S extends z.ZodType ? z.output<S> : unknown;

/** The result after `ResultSelector` (when given). */
export type Selected<R, W, RS> = [RS] extends [PayloadTemplate] ? TemplateOutput<R, W, RS> : R;

/** A state's output: `ResultPath` writes the result into the raw input, then `OutputPath` selects. */
export type Output<T, R, RP, OP> = Select<SetAt<T, RP & (string | null), R>, OP>;

/** A Pass state's result: its `result`, else its effective input. */
export type PassResult<E, R> = [R] extends [undefined] ? E : Literal<R>;
