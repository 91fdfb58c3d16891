import { isJsonObject, jsonTypeName } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { didYouMean } from '../internal/suggest.js';
import type { CheckContext, StateSummary } from './context.js';
import { checkState } from './check-state.js';

/** AWS caps state names at 80 characters. */
const MAX_STATE_NAME_LENGTH = 80;

/**
 * Checks one scope (the machine, a Parallel branch or a Map processor): its `StartAt` and `States`,
 * every state in it, and its graph: targets exist in this scope, every state is reachable, one is terminal.
 */
export function checkScope(ctx: CheckContext, scope: Record<string, unknown>, path: string, depth: number): void {
  const { StartAt: startAt, States: states } = scope;
  const statesPath = pointer(path, 'States');
  if (!isJsonObject(states)) {
    if (states !== undefined) ctx.report.schema(statesPath, `Field 'States' must be an object, got ${jsonTypeName(states)}`);
    return;
  }

  const summaries = new Map<string, StateSummary>();
  for (const [name, state] of Object.entries(states)) {
    const statePath = pointer(statesPath, name);
    checkStateName(ctx, name, statePath);
    summaries.set(name, checkState(ctx, state, statePath, depth));
  }

  for (const [, summary] of summaries) {
    for (const transition of summary.transitions) {
      if (!summaries.has(transition.target)) {
        ctx.report.error('MISSING_TRANSITION_TARGET', transition.path, `Missing 'Next' target: ${transition.target}${didYouMean(transition.target, summaries.keys())}`);
      }
    }
  }

  if (typeof startAt !== 'string') return; // reported by the schema; reachability would only repeat it
  if (!summaries.has(startAt)) {
    ctx.report.error('MISSING_TRANSITION_TARGET', pointer(path, 'StartAt'), `Missing 'Next' target: ${startAt}${didYouMean(startAt, summaries.keys())}`);
  }
  // AWS asks for a terminal state only of the machine itself (a branch may loop forever), and then
  // leaves out the unreachable-state diagnostics of that level.
  if (depth === 0 && summaries.size > 0 && ![...summaries.values()].some((summary) => summary.terminal)) {
    ctx.report.error('MISSING_END_STATE', '', 'Workflow has no terminal state');
    return;
  }
  reportUnreferenced(ctx, summaries, startAt, statesPath);
}

function checkStateName(ctx: CheckContext, name: string, statePath: string): void {
  if (name.length === 0 || name.length > MAX_STATE_NAME_LENGTH) {
    ctx.report.error('INVALID_STATE_NAME', statePath, name.length === 0 ? 'Invalid State name: a state name cannot be empty' : `Invalid State name: State '${name}' exceeds the ${MAX_STATE_NAME_LENGTH}-character limit allowed by the service`);
  }
  const first = ctx.stateNames.get(name);
  if (first === undefined) {
    ctx.stateNames.set(name, statePath);
  } else {
    ctx.report.error('DUPLICATE_STATE_NAME', statePath, `Duplicate State name: ${name} (also defined at ${first})`);
  }
}

/**
 * AWS calls a state unreachable when neither `StartAt` nor another state's transition names it
 * (measured: with a missing `StartAt`, the states that others name are not reported).
 */
function reportUnreferenced(ctx: CheckContext, summaries: Map<string, StateSummary>, startAt: string, statesPath: string): void {
  const referenced = new Set([startAt]);
  for (const [name, summary] of summaries) {
    for (const { target } of summary.transitions) if (target !== name) referenced.add(target);
  }
  for (const name of summaries.keys()) {
    if (!referenced.has(name)) {
      ctx.report.error('MISSING_TRANSITION_TARGET', pointer(statesPath, name), `State "${name}" is not reachable.`);
    }
  }
}
