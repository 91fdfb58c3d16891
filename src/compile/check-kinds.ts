import type { StateType } from '../asl/index.js';
import { pointer } from '../internal/json-pointer.js';
import { checkChoice } from './check-choice.js';
import { checkErrorName } from './check-error-names.js';
import { warnPathInPlainField } from './check-jsonpath.js';
import { checkMap } from './check-map.js';
import { checkParallel } from './check-parallel.js';
import { checkRetryAndCatch } from './check-retry-catch.js';
import { checkTask } from './check-task.js';
import type { CheckContext, QueryLanguage } from './context.js';

/** The checks of one state kind, beyond its field schemas. */
export type KindCheck = (ctx: CheckContext, state: Record<string, unknown>, path: string, language: QueryLanguage, depth: number) => void;

/** The one place that switches on a state's `Type`. */
export const kindChecks: Readonly<Record<StateType, KindCheck>> = {
  Pass: () => undefined,
  Succeed: () => undefined,
  Wait: (ctx, state, path) => {
    exactlyOne(ctx, state, path, ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath']);
  },
  Fail: (ctx, state, path, language) => {
    atMostOne(ctx, state, path, ['Error', 'ErrorPath']);
    atMostOne(ctx, state, path, ['Cause', 'CausePath']);
    checkErrorName(ctx, state.Error, pointer(path, 'Error'));
    if (language === 'JSONPath') {
      warnPathInPlainField(ctx, state.Error, pointer(path, 'Error'), 'Error');
      warnPathInPlainField(ctx, state.Cause, pointer(path, 'Cause'), 'Cause');
    }
  },
  Choice: checkChoice,
  Task: (ctx, state, path, language) => {
    checkTask(ctx, state, path);
    checkRetryAndCatch(ctx, state, path, language);
  },
  Parallel: (ctx, state, path, language, depth) => {
    checkParallel(ctx, state, path, depth);
    checkRetryAndCatch(ctx, state, path, language);
  },
  Map: (ctx, state, path, language, depth) => {
    checkMap(ctx, state, path, depth);
    checkRetryAndCatch(ctx, state, path, language);
  },
};

/** Reports fields that exclude each other when more than one is present, at the first of them (as AWS does). */
export function atMostOne(ctx: CheckContext, object: Record<string, unknown>, path: string, fields: readonly string[]): boolean {
  const present = fields.filter((field) => object[field] !== undefined);
  if (present.length > 1) {
    ctx.report.schema(pointer(path, present[0] ?? ''), `There should only be one of the following fields: [${present.join(', ')}]`);
    return false;
  }
  return true;
}

/** Like {@link atMostOne}, and one of them is required. */
export function exactlyOne(ctx: CheckContext, object: Record<string, unknown>, path: string, fields: readonly string[]): void {
  if (!atMostOne(ctx, object, path, fields)) return;
  if (fields.every((field) => object[field] === undefined)) {
    ctx.report.schema(path, `Exactly one of these fields is required: [${fields.join(', ')}]`);
  }
}
