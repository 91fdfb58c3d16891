import type { MapJsonPathState, ParallelJsonPathState, PassJsonPathState, StateType, TaskJsonPathState } from '../../asl/index.js';
import {
  applyAssign,
  applyInputPath,
  applyOutputPath,
  applyParameters,
  applyResultPath,
  applyResultSelector,
  pathScope,
  type DataFlowFields,
  type DataScope,
} from '../data-flow.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';
import { runChoice } from '../states/choice.js';
import { runFail } from '../states/fail.js';
import { batchItems } from '../states/map-run.js';
import { itemInputs } from '../states/map-item-inputs.js';
import { mapSettings, type MapSettings } from '../states/map-settings.js';
import { runSucceed } from '../states/succeed.js';
import { runWait } from '../states/wait.js';
import { evaluateTemplate } from '../template.js';
import { checkFailureCount, inspectMapSettings, readerItems } from './map-inspection.js';
import { mockAnswer } from './mock-answer.js';
import type { JsonPathStates } from '../run-scope.js';
import type { TestRun } from './test-run.js';
import type { TestStateOptions } from './types.js';

/** Tests one JSONPath state of a kind, filling the inspection data step by step. */
type JsonPathTest<S> = (test: TestRun, run: StateRun<S>, options: TestStateOptions) => Outcome | Promise<Outcome>;

/** The JSONPath test of each kind; the states without a mock run their executor handler after `InputPath` is inspected. */
export const JSONPATH_TESTS: { readonly [K in StateType]: JsonPathTest<JsonPathStates[K]> } = {
  Pass: testPass,
  Task: testTask,
  Choice: (test, run) => afterInputPath(test, run, runChoice),
  Wait: (test, run) => afterInputPath(test, run, runWait),
  Succeed: (test, run) => afterInputPath(test, run, runSucceed),
  Fail: (test, run) => afterInputPath(test, run, runFail),
  Parallel: testParallel,
  Map: testMap,
};

/** Pass: `Result` is its result (then AWS skips InputPath and Parameters), else the effective input. */
function testPass({ inspection }: TestRun, run: StateRun<PassJsonPathState>): Outcome {
  const { state, input } = run;
  const scope = dataScope(run);
  let result: unknown;
  if (state.Result === undefined) {
    inspection.afterInputPath = applyInputPath(state, input, scope);
    result = inspection.afterParameters = applyParameters(state, inspection.afterInputPath, scope);
  } else {
    result = inspection.result = state.Result;
  }
  inspection.afterResultSelector = result;
  inspection.afterResultPath = applyResultPath(state, input, result);
  return { next: state.Next, output: applyOutputPath(state, inspection.afterResultPath, scope), assigned: applyAssign(state, result, scope) };
}

function testTask(test: TestRun, run: StateRun<TaskJsonPathState>, options: TestStateOptions): Outcome {
  const { state, input } = run;
  const { inspection } = test;
  const scope = dataScope(run);
  inspection.afterInputPath = applyInputPath(state, input, scope);
  inspection.afterParameters = applyParameters(state, inspection.afterInputPath, scope);
  const result = (inspection.result = mockAnswer(options.mock, run.name));
  return resultSteps(test, state, run, result, scope);
}

/** Parallel: AWS reports no InputPath or Parameters step for it, only what follows the mocked branch outputs. */
function testParallel(test: TestRun, run: StateRun<ParallelJsonPathState>, options: TestStateOptions): Outcome {
  const { state, input } = run;
  const scope = dataScope(run);
  applyParameters(state, applyInputPath(state, input, scope), scope);
  return resultSteps(test, state, run, mockAnswer(options.mock, run.name), scope);
}

function testMap(test: TestRun, run: StateRun<MapJsonPathState>, options: TestStateOptions): Outcome {
  const { state, input } = run;
  const { inspection } = test;
  const scope = dataScope(run);
  const effective = (inspection.afterInputPath = applyInputPath(state, input, scope));
  const read = readerItems(state, options.stateConfiguration);
  const settings = read === undefined ? mapSettings(state, effective, scope) : mapSettings({ ...state, ItemsPath: undefined }, read, scope);
  if (state.ItemReader === undefined) inspection.afterItemsPath = afterItemsPath(settings);
  inspectMapSettings(inspection, settings);
  inspectItemSelector(test, state, settings, effective, scope);
  checkFailureCount(state, settings, options.stateConfiguration);
  return resultSteps(test, state, run, mockAnswer(options.mock, run.name), scope);
}

/** What ItemsPath selected: the array, or the object whose entries are iterated. */
function afterItemsPath({ items, keys }: MapSettings): unknown {
  return keys === undefined ? items : Object.fromEntries(keys.map((key, index) => [key, items[index]]));
}

function inspectItemSelector({ inspection }: TestRun, state: MapJsonPathState, settings: MapSettings, effective: unknown, scope: DataScope): void {
  const selector = state.ItemSelector ?? state.Parameters;
  if (selector === undefined && state.ItemBatcher === undefined) return;
  const selected = itemInputs(selector, settings, effective, scope);
  if (selector !== undefined) inspection.afterItemSelector = selected;
  const batcher = state.ItemBatcher;
  if (batcher === undefined) return;
  const batchInput = batcher.BatchInput === undefined ? undefined : evaluateTemplate(batcher.BatchInput, pathScope(effective, scope), scope.random);
  inspection.afterItemBatcher = batchItems(selected, settings.batchSize, batchInput);
}

/** ResultSelector, ResultPath and OutputPath after a result; `Assign` reads the selected result. */
function resultSteps({ inspection }: TestRun, state: DataFlowFields & { readonly Next?: string | undefined }, run: StateRun<unknown>, result: unknown, scope: DataScope): Outcome {
  const selected = (inspection.afterResultSelector = applyResultSelector(state, result, scope));
  inspection.afterResultPath = applyResultPath(state, run.input, selected);
  return { next: state.Next, output: applyOutputPath(state, inspection.afterResultPath, scope), assigned: applyAssign(state, selected, scope) };
}

/** The states whose only data-flow step before their work is `InputPath` (Fail has none, and AWS reports the input). */
function afterInputPath<S>(test: TestRun, run: StateRun<S>, handler: (run: StateRun<S>) => Outcome | Promise<Outcome>): Outcome | Promise<Outcome> {
  test.inspection.afterInputPath = applyInputPath(run.state as DataFlowFields, run.input, dataScope(run));
  return handler(run);
}
