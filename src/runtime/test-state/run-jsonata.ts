import type { MapJsonataState, ParallelJsonataState, StateType, TaskJsonataState } from '../../asl/index.js';
import { endOutcome, evaluateField, type StatesBinding } from '../jsonata-fields.js';
import type { Outcome, StateRun } from '../state-handler.js';
import { runChoiceJsonata } from '../states/jsonata/choice.js';
import { runFailJsonata } from '../states/jsonata/fail.js';
import { itemsOf, settingsOf } from '../states/jsonata/map.js';
import { runPassJsonata } from '../states/jsonata/pass.js';
import { runSucceedJsonata } from '../states/jsonata/succeed.js';
import { runWaitJsonata } from '../states/jsonata/wait.js';
import { checkFailureCount, inspectMapSettings, readerItems } from './map-inspection.js';
import { mockAnswer } from './mock-answer.js';
import type { JsonataStates } from '../run-scope.js';
import type { TestRun } from './test-run.js';
import type { TestStateOptions } from './types.js';

/** Tests one JSONata state of a kind. AWS inspects less here: the input, `Arguments` of a Task, a Map's numbers. */
type JsonataTest<S> = (test: TestRun, run: StateRun<S>, options: TestStateOptions) => Promise<Outcome>;

/** The JSONata test of each kind; the states without a mock run their executor handler as they are. */
export const JSONATA_TESTS: { readonly [K in StateType]: JsonataTest<JsonataStates[K]> } = {
  Pass: (_test, run) => runPassJsonata(run),
  Task: testTask,
  Choice: (_test, run) => runChoiceJsonata(run),
  Wait: (_test, run) => runWaitJsonata(run),
  Succeed: (_test, run) => runSucceedJsonata(run),
  Fail: (_test, run) => runFailJsonata(run),
  Parallel: testParallel,
  Map: testMap,
};

async function testTask({ inspection }: TestRun, run: StateRun<TaskJsonataState>, options: TestStateOptions): Promise<Outcome> {
  const { state, input, context } = run;
  const states: StatesBinding = { input, context };
  inspection.afterArguments = state.Arguments === undefined ? input : await evaluateField(run, states, 'Arguments', state.Arguments);
  const result = (inspection.result = mockAnswer(options.mock, run.name));
  return endOutcome(run, state, { input, context, result }, state.Next, result);
}

/** Parallel: `Arguments` is evaluated (its errors count) but AWS does not report it. */
async function testParallel(_test: TestRun, run: StateRun<ParallelJsonataState>, options: TestStateOptions): Promise<Outcome> {
  const { state, input, context } = run;
  const states: StatesBinding = { input, context };
  if (state.Arguments !== undefined) await evaluateField(run, states, 'Arguments', state.Arguments);
  const result = mockAnswer(options.mock, run.name);
  return endOutcome(run, state, { input, context, result }, state.Next, result);
}

async function testMap({ inspection }: TestRun, run: StateRun<MapJsonataState>, options: TestStateOptions): Promise<Outcome> {
  const { state, input, context } = run;
  const states: StatesBinding = { input, context };
  const items = readerItems(state, options.stateConfiguration) ?? (await itemsOf(run, states));
  const settings = await settingsOf(run, states, items);
  inspectMapSettings(inspection, settings);
  if (state.ItemSelector !== undefined) {
    const selected: unknown[] = [];
    for (const [Index, Value] of items.entries()) {
      selected.push(await evaluateField(run, { input, context: { ...context, Map: { Item: { Index, Value } } } }, 'ItemSelector', state.ItemSelector));
    }
    inspection.afterItemSelector = selected;
  }
  checkFailureCount(state, settings, options.stateConfiguration);
  const result = mockAnswer(options.mock, run.name);
  return endOutcome(run, state, { input, context, result }, state.Next, result);
}
