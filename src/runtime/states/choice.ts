import type { ChoiceJsonPathState } from '../../asl/index.js';
import { matchesChoiceRule } from '../choice-rules.js';
import { applyInputPath, applyOutputPath, pathScope, type DataScope } from '../data-flow.js';
import { StatesNoChoiceMatched } from '../errors.js';
import type { Outcome, StateRun } from '../state-handler.js';

/** Choice: the first rule that matches the effective input names the next state, else `Default`. */
export function runChoice({ state, input, context, ex }: StateRun<ChoiceJsonPathState>): Outcome {
  const scope: DataScope = { context, random: ex.random };
  const effective = applyInputPath(state, input, scope);
  const readScope = pathScope(effective, scope);
  const rule = state.Choices.find((candidate) => matchesChoiceRule(candidate, readScope));
  const next = rule?.Next ?? state.Default;
  if (next === undefined) throw new StatesNoChoiceMatched(`No Matches! (state '${context.State.Name}')`);
  return { next, output: applyOutputPath(state, effective, scope) };
}
