import type { EmptyObject } from 'type-fest';
import type { z } from 'zod';
import type { CheckReferencePath, Get, ReadPathOption, SetAt } from '../paths/types/index.js';
import type { ContextObject } from './context-object.js';
import type { Literal, PayloadTemplate, TemplateOutput } from './template.js';
import type { ScopeInput } from './variables.js';

/** What `InputPath` / `OutputPath` `P` selects: `null` gives `{}`. */
export type Select<T, P> = P extends null ? EmptyObject : P extends string ? Get<T, P> : never;

/** What `OutputPath` `P` selects in `T`; a context path (`'$$'`, `'$$.Execution.Input'`) selects in the context object of scope `W`. */
export type SelectOutput<T, P, W> = P extends `$$${infer R}` ? Get<ContextObject<ScopeInput<W>>, `$${R}`> : Select<T, P>;

/** `P` when it is no context path or one that selects a node of the context object of scope `W`, else an error. */
export type CheckContextPath<P, W> = P extends `$$${infer R}` ? (CheckReferencePath<ContextObject<ScopeInput<W>>, `$${R}`> extends string ? P : CheckReferencePath<ContextObject<ScopeInput<W>>, `$${R}`>) : P;

/** An `outputPath` option (see {@link ReadPathOption}): a path into `T`, or a context path `$$…` of scope `W`. */
export type OutputPathOption<T, P, W> = P extends `$$${string}` ? CheckContextPath<P, W> : ReadPathOption<T, P>;

/** The input after `InputPath` and then `Parameters` (when given). */
export type Effective<T, W, IP, P> = [P] extends [PayloadTemplate] ? TemplateOutput<Select<T, IP>, W, P> : Select<T, IP>;

/** What a task's `result` schema says it returns (`unknown` without one). */
export type ResultOf<S> = S extends z.ZodType ? z.output<S> : unknown;

/** The result after `ResultSelector` (when given). */
export type Selected<R, W, RS> = [RS] extends [PayloadTemplate] ? TemplateOutput<R, W, RS> : R;

/** A state's output: `ResultPath` writes the result into the raw input, then `OutputPath` selects (in scope `W`, for a context path). */
export type Output<T, R, RP, OP, W = never> = SelectOutput<SetAt<T, RP & (string | null), R>, OP, W>;

/** A Pass state's result: its `result`, else its effective input. */
export type PassResult<E, R> = [R] extends [undefined] ? E : Literal<R>;
