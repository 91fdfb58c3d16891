import type { MapJsonataState } from '../../../asl/index.js';
import { evaluateJsonata, jsonataResultTypeError, jsonataUndefinedError } from '../../../jsonata/evaluate.js';
import { isJsonataString, jsonataBody } from '../../../jsonata/expression.js';
import { withRetryCount } from '../../context-object.js';
import { StatesQueryEvaluationError, StatesRuntime } from '../../errors.js';
import { endOutcome, evaluateField, jsonataScope, numberField, type StatesBinding } from '../../jsonata-fields.js';
import { withRetryAndCatch } from '../../retry-catch.js';
import type { Outcome, StateRun } from '../../state-handler.js';
import { batchItems, runMapItems } from '../map-run.js';
import type { MapSettings } from '../map-settings.js';
import { jsonataCatch } from './catch.js';

/**
 * JSONata Map: iterates `Items` (default: the input), each item through `ItemSelector` (which sees
 * `$states.context.Map.Item`); `Output` (default: the array of outputs) and `Assign` read `$states.result`.
 */
export function runMapJsonata(run: StateRun<MapJsonataState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, jsonataCatch(run), (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<MapJsonataState>, retryCount: number): Promise<Outcome> {
  const { state, input } = run;
  const context = withRetryCount(run.context, retryCount);
  const states: StatesBinding = { input, context };
  const items = await itemsOf(run, states);
  const settings = await settingsOf(run, states, items);
  const selected: unknown[] = [];
  for (const [Index, Value] of items.entries()) {
    selected.push(state.ItemSelector === undefined ? Value : await evaluateField(run, { input, context: { ...context, Map: { Item: { Index, Value } } } }, 'ItemSelector', state.ItemSelector));
  }
  const batcher = state.ItemBatcher;
  const batchInput = batcher?.BatchInput === undefined ? undefined : await evaluateField(run, states, 'ItemBatcher/BatchInput', batcher.BatchInput);
  const result = await runMapItems(run, settings, batchItems(selected, settings.batchSize, batchInput));
  return endOutcome(run, state, { input, context, result }, state.Next, result);
}

/** `Items`: a literal array or an expression that yields one; the input when absent. */
export async function itemsOf(run: StateRun<MapJsonataState>, states: StatesBinding): Promise<unknown[]> {
  const items = run.state.Items;
  if (typeof items === 'string' && isJsonataString(items)) {
    const body = jsonataBody(items);
    const value = await evaluateJsonata(body, jsonataScope(run, states, 'Items'));
    if (value === undefined) throw jsonataUndefinedError(body, 'Items');
    if (!Array.isArray(value)) throw jsonataResultTypeError(body, 'Items', 'array', value);
    return value as unknown[];
  }
  const value = items ?? run.input;
  if (!Array.isArray(value)) {
    throw new StatesQueryEvaluationError(`Map state input must be an array but was: ${value === null ? 'null' : typeof value}`);
  }
  return value as unknown[];
}

/** The numbers of a JSONata Map (`MaxConcurrency`, tolerated failures, batch size): literals or expressions. */
export async function settingsOf(run: StateRun<MapJsonataState>, states: StatesBinding, items: unknown[]): Promise<MapSettings> {
  const { state } = run;
  const percentage = await numberField(run, states, 'ToleratedFailurePercentage', state.ToleratedFailurePercentage, true);
  if (percentage !== undefined && (percentage < 0 || percentage > 100)) throw new StatesRuntime('ToleratedFailurePercentage must be between 0 and 100.');
  const batcher = state.ItemBatcher;
  return {
    items,
    maxConcurrency: (await numberField(run, states, 'MaxConcurrency', state.MaxConcurrency)) ?? 0,
    toleratedFailureCount: await numberField(run, states, 'ToleratedFailureCount', state.ToleratedFailureCount),
    toleratedFailurePercentage: percentage,
    batchSize: batcher === undefined ? undefined : ((await numberField(run, states, 'ItemBatcher/MaxItemsPerBatch', batcher.MaxItemsPerBatch)) ?? Number.MAX_SAFE_INTEGER),
  };
}
