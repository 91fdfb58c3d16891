import type { ChoiceJsonPathState } from '../../asl/index.js';
import { matchesChoiceRule } from '../choice-rules.js';
import { applyAssign, applyInputPath, applyOutputPath, pathScope } from '../data-flow.js';
import { StatesNoChoiceMatched } from '../errors.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';

/**
 * Choice: the first rule that matches the effective input names the next state, else `Default`.
 * The matching rule's `Assign` (else the state's) reads the effective input.
 */
export function runChoice(run: StateRun<ChoiceJsonPathState>): Outcome {
  const { state, input, context } = run;
  const scope = dataScope(run);
  const effective = applyInputPath(state, input, scope);
  const readScope = pathScope(effective, scope);
  const rule = state.Choices.find((candidate) => matchesChoiceRule(candidate, readScope));
  const next = rule?.Next ?? state.Default;
  if (next === undefined) throw new StatesNoChoiceMatched(`No Matches! (state '${context.State.Name}')`);
  return { next, output: applyOutputPath(state, effective, scope), assigned: applyAssign(rule?.Assign === undefined ? state : rule, effective, scope) };
}
