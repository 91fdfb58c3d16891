import type { MapJsonPathState } from '../../asl/index.js';
import { withRetryCount } from '../context-object.js';
import { applyInputPath, applyResultFields, pathScope, type DataScope } from '../data-flow.js';
import { jsonPathCatch, withRetryAndCatch } from '../retry-catch.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';
import { evaluateTemplate } from '../template.js';
import { itemInputs } from './map-item-inputs.js';
import { batchItems, runMapItems } from './map-run.js';
import { mapSettings, type MapSettings } from './map-settings.js';

/** Map: runs the item processor for each item (at most MaxConcurrency at once); the result is the array of outputs in item order. */
export function runMap(run: StateRun<MapJsonPathState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, jsonPathCatch(run.input, dataScope(run)), (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<MapJsonPathState>, retryCount: number): Promise<Outcome> {
  const { state, input } = run;
  const scope = dataScope(run, withRetryCount(run.context, retryCount));
  const effective = applyInputPath(state, input, scope);
  const settings = mapSettings(state, effective, scope);
  const result = await runMapItems(run, settings, iterationInputs(state, settings, effective, scope));
  return { next: state.Next, ...applyResultFields(state, input, result, scope) };
}

/** Each iteration's input: the item, or ItemSelector evaluated with `$$.Map.Item`, grouped by ItemBatcher. */
function iterationInputs(state: MapJsonPathState, settings: MapSettings, effective: unknown, scope: DataScope): unknown[] {
  const selected = itemInputs(state.ItemSelector ?? state.Parameters, settings, effective, scope);
  const batchInput = state.ItemBatcher?.BatchInput === undefined ? undefined : evaluateTemplate(state.ItemBatcher.BatchInput, pathScope(effective, scope), scope.random);
  return batchItems(selected, settings.batchSize, batchInput);
}

