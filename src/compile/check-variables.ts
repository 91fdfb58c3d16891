import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { didYouMean } from '../internal/suggest.js';
import { MAX_NESTING_DEPTH } from './check-container.js';
import type { CheckContext, QueryLanguage } from './context.js';
import { stateVariableReferences } from './variable-references.js';

/** AWS's longest variable name. */
export const MAX_VARIABLE_NAME_LENGTH = 80;
/** A variable name: a Unicode identifier (ID_Start or `_`, then ID_Continue). */
const VARIABLE_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/**
 * Checks the workflow variables of one scope and, recursively, of the scopes nested in it: every
 * `Assign` name is a valid, unreserved identifier; every `$name` read is assigned somewhere in this
 * scope or an enclosing one (a warning: the check does not follow the order of states); a Parallel
 * branch or Map processor that assigns a name of an enclosing scope gets a warning, since the
 * assignment stays inside it.
 */
export function checkVariables(ctx: CheckContext, scope: Record<string, unknown>, path: string, outer: readonly ReadonlySet<string>[] = []): void {
  const states = scope.States;
  // Deeper nesting is refused as TOO_DEEPLY_NESTED; stopping there also keeps the recursion bounded.
  if (!isJsonObject(states) || outer.length > MAX_NESTING_DEPTH) return;
  const statesPath = pointer(path, 'States');
  const own = new Set<string>();
  const languages = new Map<string, QueryLanguage>();
  for (const [name, state] of Object.entries(states)) {
    if (!isJsonObject(state)) continue;
    const language: QueryLanguage = (state.QueryLanguage ?? ctx.topLanguage) === 'JSONata' ? 'JSONata' : 'JSONPath';
    languages.set(name, language);
    for (const [assign, assignPath] of assignObjects(state, pointer(statesPath, name))) {
      for (const key of Object.keys(assign)) {
        const variable = language === 'JSONPath' && key.endsWith('.$') ? key.slice(0, -2) : key;
        checkName(ctx, variable, pointer(assignPath, key));
        if (outer.some((names) => names.has(variable))) {
          ctx.report.warning('OUTER_VARIABLE_ASSIGNED', pointer(assignPath, key), `Variable '${variable}' belongs to an enclosing scope; assigning it here creates a variable of this branch or iteration only`);
        }
        own.add(variable);
      }
    }
  }
  const visible = [...outer, own];
  for (const [name, state] of Object.entries(states)) {
    const language = languages.get(name);
    if (language === undefined || !isJsonObject(state)) continue;
    const statePath = pointer(statesPath, name);
    for (const reference of stateVariableReferences(state, statePath, language)) {
      if (!visible.some((names) => names.has(reference.name))) {
        const known = visible.flatMap((names) => [...names]);
        ctx.report.warning('UNDEFINED_VARIABLE', reference.path, `Variable '${reference.name}' is never assigned in this scope or an enclosing one${didYouMean(reference.name, known)}`);
      }
    }
    for (const [nested, nestedPath] of nestedScopes(state, statePath)) checkVariables(ctx, nested, nestedPath, visible);
  }
}

function checkName(ctx: CheckContext, name: string, path: string): void {
  if (name === 'states') ctx.report.schema(path, "The variable name 'states' is reserved: $states holds the state's input, result, error output and context");
  else if (!VARIABLE_NAME.test(name)) ctx.report.schema(path, `Invalid variable name '${name}': it must start with a letter or '_' and hold only letters, digits and '_'`);
  else if (name.length > MAX_VARIABLE_NAME_LENGTH) ctx.report.schema(path, `Invalid variable name '${name}': longer than ${String(MAX_VARIABLE_NAME_LENGTH)} characters`);
}

/** The `Assign` objects of a state: its own, its Choice rules' and its catchers'. */
function assignObjects(state: Record<string, unknown>, path: string): [Record<string, unknown>, string][] {
  const found: [Record<string, unknown>, string][] = [];
  if (isJsonObject(state.Assign)) found.push([state.Assign, pointer(path, 'Assign')]);
  for (const list of ['Choices', 'Catch'] as const) {
    const items = state[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (isJsonObject(item) && isJsonObject(item.Assign)) found.push([item.Assign, pointer(pointer(pointer(path, list), index), 'Assign')]);
    });
  }
  return found;
}

function nestedScopes(state: Record<string, unknown>, path: string): [Record<string, unknown>, string][] {
  const found: [Record<string, unknown>, string][] = [];
  if (Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, index) => {
      if (isJsonObject(branch)) found.push([branch, pointer(pointer(path, 'Branches'), index)]);
    });
  }
  for (const field of ['ItemProcessor', 'Iterator'] as const) {
    const processor = state[field];
    if (isJsonObject(processor)) found.push([processor, pointer(path, field)]);
  }
  return found;
}
