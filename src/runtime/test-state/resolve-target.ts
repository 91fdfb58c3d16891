import type { State, StateMachine } from '../../asl/index.js';
import { innerScopes } from '../../asl/inner-scopes.js';
import type { Diagnostic } from '../../compile/diagnostic.js';
import { parseDefinitionText } from '../../compile/parse-definition.js';
import { validate } from '../../compile/validate.js';
import { isJsonObject } from '../../internal/json-object.js';
import { TestStateError, validationError } from './test-state-error.js';
import type { TestStateTarget } from './types.js';

/** The name AWS gives a state sent on its own. */
export const LONE_STATE_NAME = 'StateName';

/** The state under test, its name, and the machine it is read in. */
export interface ResolvedTarget {
  readonly name: string;
  readonly state: State;
  readonly machine: StateMachine;
  readonly jsonata: boolean;
}

/**
 * Finds the state to test and validates it as AWS does: a lone state as the only state of a machine
 * (its transition targets stand in as end states), a named state with its whole definition.
 */
export function resolveTarget(target: TestStateTarget): ResolvedTarget {
  if (isNamedTarget(target)) return namedState(parseJson(target.definition), target.stateName);
  const machine = loneStateMachine(target);
  check(machine);
  const state = machine.States[LONE_STATE_NAME] as State;
  return { name: LONE_STATE_NAME, state, machine, jsonata: state.QueryLanguage === 'JSONata' };
}

function isNamedTarget(target: TestStateTarget): target is { readonly definition: unknown; readonly stateName: string } {
  return isJsonObject(target) && 'definition' in target && 'stateName' in target;
}

function namedState(definition: unknown, stateName: string): ResolvedTarget {
  check(definition);
  const machine = definition as StateMachine;
  const state = findState(machine.States, stateName);
  if (state === undefined) throw validationError('State not found in definition');
  const language = state.QueryLanguage ?? machine.QueryLanguage;
  return { name: stateName, state, machine, jsonata: language === 'JSONata' };
}

/** A state by name anywhere in the machine: Parallel branches and Map processors included. */
function findState(states: Readonly<Record<string, State>>, name: string): State | undefined {
  const own = Object.hasOwn(states, name) ? states[name] : undefined;
  if (own !== undefined) return own;
  for (const state of Object.values(states)) {
    for (const scope of innerScopes(state)) {
      const found = findState(scope.States, name);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A one-state machine; each state it may go to is a Succeed state, so its own targets need not exist. */
function loneStateMachine(state: unknown): StateMachine {
  const value = parseJson(state);
  const states: Record<string, unknown> = { [LONE_STATE_NAME]: value };
  for (const target of targets(value)) if (target !== LONE_STATE_NAME) states[target] = { Type: 'Succeed' };
  return { StartAt: LONE_STATE_NAME, States: states } as unknown as StateMachine;
}

function targets(state: unknown): string[] {
  if (!isJsonObject(state)) return [];
  const names: unknown[] = [state.Next, state.Default];
  for (const list of [state.Choices, state.Catch]) if (Array.isArray(list)) for (const entry of list) names.push(isJsonObject(entry) ? entry.Next : undefined);
  return names.filter((name): name is string => typeof name === 'string');
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const parsed = parseDefinitionText(value);
  if (!parsed.ok) throw invalidDefinition(parsed.diagnostic);
  return parsed.value;
}

function check(definition: unknown): void {
  const error = validate(definition).find((d) => d.severity === 'ERROR');
  if (error !== undefined) throw invalidDefinition(error);
}

/** AWS's wording: `Invalid State Machine Definition: 'CODE: message at /path'`. */
function invalidDefinition(diagnostic: Diagnostic): TestStateError {
  const at = diagnostic.path === '' ? '' : ` at ${diagnostic.path}`;
  return new TestStateError('InvalidDefinition', `Invalid State Machine Definition: '${diagnostic.code}: ${diagnostic.message}${at}'`);
}
