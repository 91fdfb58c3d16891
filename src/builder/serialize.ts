import type { JsonObject, QueryLanguage, StateMachine } from '../asl/index.js';
import { InvalidDefinitionError } from '../compile/invalid-definition-error.js';
import { validate } from '../compile/validate.js';
import type { Graph } from './graph.js';
import { CATCHER_KEYS, MACHINE_KEYS, ordered, RETRIER_KEYS, ruleKeys, STATE_KEYS } from './key-order.js';

/** The machine-level options of a workflow. */
export interface MachineOptions {
  readonly comment?: string | undefined;
  readonly timeoutSeconds?: number | undefined;
  readonly version?: '1.0' | undefined;
  readonly queryLanguage?: QueryLanguage | undefined;
}

const FLOWS = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);

/**
 * The ASL of `graph`, its keys in the documented order; a state that flows on with no `Next` gets
 * `End: true`. Unless `check` is false, throws `InvalidDefinitionError` when the validator finds an
 * error (a builder bug, or a name too long for AWS).
 */
export function toStateMachine(graph: Graph, options: MachineOptions, check = true): StateMachine {
  if (graph.startAt === undefined) throw new Error('A workflow needs at least one state');
  const states: Record<string, JsonObject> = {};
  for (const [name, state] of graph.states) states[name] = finishState(name, state);
  const machine = ordered({ Comment: options.comment, QueryLanguage: options.queryLanguage, StartAt: graph.startAt, TimeoutSeconds: options.timeoutSeconds, Version: options.version, States: states } as JsonObject, MACHINE_KEYS);
  const errors = check ? validate(machine).filter((d) => d.severity === 'ERROR') : [];
  if (errors.length > 0) throw new InvalidDefinitionError(errors);
  return machine as unknown as StateMachine;
}

/** The ASL of a branch (a Parallel branch, a Map processor): `StartAt` and `States`, not validated on its own. */
export function toBranch(graph: Graph): JsonObject {
  if (graph.startAt === undefined) throw new Error('A branch needs at least one state');
  const states: Record<string, JsonObject> = {};
  for (const [name, state] of graph.states) states[name] = finishState(name, state);
  return { StartAt: graph.startAt, States: states };
}

function finishState(name: string, state: JsonObject): JsonObject {
  const type = state.Type as string;
  const finished: JsonObject = FLOWS.has(type) && state.Next === undefined ? { ...state, End: true } : { ...state };
  if (Array.isArray(state.Choices)) {
    finished.Choices = (state.Choices as JsonObject[]).map((rule, i) => {
      if (rule.Next === undefined) throw new Error(`Choice "${name}": rule ${i} leads nowhere (its branch has no state and nothing follows the choice)`);
      return orderedRule(rule);
    });
  }
  if (Array.isArray(state.Retry)) finished.Retry = (state.Retry as JsonObject[]).map((r) => ordered(r, RETRIER_KEYS));
  if (Array.isArray(state.Catch)) finished.Catch = (state.Catch as JsonObject[]).map((c) => ordered(c, CATCHER_KEYS));
  return ordered(finished, STATE_KEYS);
}

function orderedRule(rule: JsonObject): JsonObject {
  const nested: JsonObject = { ...rule };
  if (Array.isArray(rule.And)) nested.And = (rule.And as JsonObject[]).map(orderedRule);
  if (Array.isArray(rule.Or)) nested.Or = (rule.Or as JsonObject[]).map(orderedRule);
  if (rule.Not !== undefined) nested.Not = orderedRule(rule.Not as JsonObject);
  return ordered(nested, ruleKeys(nested));
}
