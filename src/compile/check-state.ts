import { CONTAINER_FIELDS, STATE_TYPES, stateSchemas, type StateType } from '../asl/index.js';
import { isJsonObject, jsonTypeName } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { didYouMean } from '../internal/suggest.js';
import { checkFieldValue, checkRequired, fieldSchema } from './check-fields.js';
import { checkJsonPathFields } from './check-jsonpath.js';
import { checkJsonataFields } from './check-jsonata.js';
import { kindChecks } from './check-kinds.js';
import type { CheckContext, QueryLanguage, StateSummary, Transition } from './context.js';

const STATE_TYPE_SET: ReadonlySet<string> = new Set(STATE_TYPES);
/** Fields the kind checks walk themselves instead of running their schema. */
const WALKED_FIELDS: ReadonlySet<string> = new Set([...CONTAINER_FIELDS, 'Choices']);
const TRANSITION_KINDS: ReadonlySet<StateType> = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);

/** Checks one state and returns what the graph checks of its scope need. */
export function checkState(ctx: CheckContext, state: unknown, path: string, depth: number): StateSummary {
  if (!isJsonObject(state)) {
    ctx.report.schema(path, `A state must be an object, got ${jsonTypeName(state)}`);
    return { transitions: [], terminal: false };
  }
  const summary = summarize(state, path);
  const type = state.Type;
  // A state of unknown kind might be terminal: counting it so keeps MISSING_END_STATE from repeating the mistake.
  if (type === undefined) {
    ctx.report.schema(path, 'These fields are required: [Type]');
    return { ...summary, terminal: true };
  }
  if (typeof type !== 'string' || !STATE_TYPE_SET.has(type)) {
    ctx.report.schema(pointer(path, 'Type'), `The field 'Type' should have one of these values: [${STATE_TYPES.join(', ')}]${typeof type === 'string' ? didYouMean(type, STATE_TYPES) : ''}`);
    return { ...summary, terminal: true };
  }
  const kind = type as StateType;
  const language = stateLanguage(ctx, state, path);
  checkFields(ctx, state, path, kind, language);
  if (TRANSITION_KINDS.has(kind)) checkNextOrEnd(ctx, state, path);
  kindChecks[kind](ctx, state, path, language, depth);
  if (language === 'JSONPath') checkJsonPathFields(ctx, state, path);
  else checkJsonataFields(ctx, state, path, kind);
  return summary;
}

/** The language a state runs in: its own `QueryLanguage`, else the machine's (JSONata only on the exact value `JSONata`). */
function stateLanguage(ctx: CheckContext, state: Record<string, unknown>, path: string): QueryLanguage {
  const own = state.QueryLanguage;
  if (own === undefined) return ctx.topLanguage;
  if (own === 'JSONPath' && ctx.topLanguage === 'JSONata') {
    ctx.report.schema(path, "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
  }
  return own === 'JSONPath' ? 'JSONPath' : 'JSONata';
}

function checkFields(ctx: CheckContext, state: Record<string, unknown>, path: string, kind: StateType, language: QueryLanguage): void {
  const schema = stateSchemas[kind][language];
  const otherLanguage: QueryLanguage = language === 'JSONPath' ? 'JSONata' : 'JSONPath';
  const other = stateSchemas[kind][otherLanguage];
  checkRequired(ctx.report, schema, state, path);
  for (const [field, value] of Object.entries(state)) {
    const valueSchema = fieldSchema(schema, field);
    if (valueSchema === undefined) {
      ctx.report.schema(
        path,
        fieldSchema(other, field) === undefined
          ? `Field '${field}' is not supported${didYouMean(field, Object.keys(schema.shape)) || ` (${kind} states do not have it)`}`
          : `The QueryLanguage is set to '${language}', but field '${field}' is only supported for the '${otherLanguage}' QueryLanguage`,
      );
    } else if (!WALKED_FIELDS.has(field)) {
      checkFieldValue(ctx.report, valueSchema, value, path, field);
    }
  }
}

function checkNextOrEnd(ctx: CheckContext, state: Record<string, unknown>, path: string): void {
  const hasNext = state.Next !== undefined;
  const ends = state.End === true;
  if (hasNext && ends) {
    ctx.report.schema(pointer(path, 'Next'), 'There should only be one of the following fields: [Next, End]');
  } else if (!hasNext && !ends) {
    ctx.report.schema(path, "This object should have only one of the following fields: [Next, End] ('End' must be true)");
  }
}

/** Transitions and terminality, read leniently so that a broken state does not also make its targets unreachable. */
function summarize(state: Record<string, unknown>, path: string): StateSummary {
  const transitions: Transition[] = [];
  const add = (target: unknown, fieldPath: string): void => {
    if (typeof target === 'string') transitions.push({ target, path: fieldPath });
  };
  add(state.Next, pointer(path, 'Next'));
  add(state.Default, pointer(path, 'Default'));
  for (const list of ['Choices', 'Catch'] as const) {
    const items = state[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (isJsonObject(item)) add(item.Next, pointer(pointer(pointer(path, list), index), 'Next'));
    });
  }
  const terminal = state.Type === 'Succeed' || state.Type === 'Fail' || state.End === true;
  return { transitions, terminal };
}
