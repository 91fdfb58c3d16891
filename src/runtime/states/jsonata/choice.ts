import type { ChoiceJsonataState, ChoiceRuleJsonata } from '../../../asl/index.js';
import { evaluateJsonata, jsonataResultTypeError, jsonataUndefinedError } from '../../../jsonata/evaluate.js';
import { jsonataBody } from '../../../jsonata/expression.js';
import { StatesNoChoiceMatched } from '../../errors.js';
import { endOutcome, jsonataScope, type StatesBinding } from '../../jsonata-fields.js';
import type { Outcome, StateRun } from '../../state-handler.js';

/**
 * JSONata Choice: the first rule whose `Condition` is true names the next state, else `Default`.
 * The matching rule's `Output` and `Assign` are used where it has them, the state's otherwise.
 */
export async function runChoiceJsonata(run: StateRun<ChoiceJsonataState>): Promise<Outcome> {
  const { state } = run;
  const states: StatesBinding = { input: run.input, context: run.context };
  let rule: ChoiceRuleJsonata | undefined;
  for (const [index, candidate] of state.Choices.entries()) {
    if (await condition(run, states, candidate, index)) {
      rule = candidate;
      break;
    }
  }
  const next = rule?.Next ?? state.Default;
  if (next === undefined) throw new StatesNoChoiceMatched(`No Matches! (state '${run.name}')`);
  const fields = { Output: rule?.Output ?? state.Output, Assign: rule?.Assign ?? state.Assign };
  return endOutcome(run, fields, states, next, run.input);
}

async function condition(run: StateRun<ChoiceJsonataState>, states: StatesBinding, rule: ChoiceRuleJsonata, index: number): Promise<boolean> {
  if (typeof rule.Condition === 'boolean') return rule.Condition;
  const field = `Choices[${String(index)}].Condition`;
  const body = jsonataBody(rule.Condition);
  const value = await evaluateJsonata(body, jsonataScope(run, states, field));
  if (value === undefined) throw jsonataUndefinedError(body, field);
  if (typeof value !== 'boolean') throw jsonataResultTypeError(body, field, 'boolean', value);
  return value;
}
