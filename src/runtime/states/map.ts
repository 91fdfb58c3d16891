import type { MapJsonPathState } from '../../asl/index.js';
import { CancelScope } from '../cancel-scope.js';
import { withRetryCount } from '../context-object.js';
import { applyInputPath, applyResultFields, pathScope, type DataScope } from '../data-flow.js';
import { asAslError } from '../error-matching.js';
import { StatesExceedToleratedFailureThreshold, StatesRuntime } from '../errors.js';
import type { MapIterationDetails } from '../history-event.js';
import { withRetryAndCatch } from '../retry-catch.js';
import { record, type Fiber } from '../run-context.js';
import { runScope } from '../run-scope.js';
import type { Outcome, StateRun } from '../state-handler.js';
import { evaluateTemplate } from '../template.js';
import { mapSettings, type MapSettings } from './map-settings.js';

/** Map: runs the item processor for each item (at most MaxConcurrency at once); the result is the array of outputs in item order. */
export function runMap(run: StateRun<MapJsonPathState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, run.input, (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<MapJsonPathState>, retryCount: number): Promise<Outcome> {
  const { ex, fiber, state, input } = run;
  const scope: DataScope = { context: withRetryCount(run.context, retryCount), random: ex.random };
  const effective = applyInputPath(state, input, scope);
  const settings = mapSettings(state, effective, scope);
  const inputs = itemInputs(state, settings, effective, scope);
  record(ex, fiber, 'MapStateStarted', { mapStateStartedEventDetails: { length: inputs.length } });
  const distributed = state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED';
  if (distributed) {
    const mapRunArn = `${ex.contextBase.StateMachine.Id.replace(':stateMachine:', ':mapRun:')}/${run.name}:${String(fiber.lastEventId)}`;
    record(ex, fiber, 'MapRunStarted', { mapRunStartedEventDetails: { mapRunArn } });
  }
  let result: unknown[];
  try {
    result = await runIterations(run, settings, inputs, distributed);
  } catch (thrown) {
    const error = asAslError(thrown);
    if (distributed) record(ex, fiber, 'MapRunFailed', { mapRunFailedEventDetails: { error: error.error, cause: error.cause } });
    record(ex, fiber, 'MapStateFailed');
    throw error;
  }
  if (distributed) record(ex, fiber, 'MapRunSucceeded');
  record(ex, fiber, 'MapStateSucceeded');
  return { next: state.Next, output: applyResultFields(state, input, result, scope) };
}

/** Each iteration's input: the item, or ItemSelector evaluated with `$$.Map.Item`, grouped by ItemBatcher. */
function itemInputs(state: MapJsonPathState, settings: MapSettings, effective: unknown, scope: DataScope): unknown[] {
  const selector = state.ItemSelector ?? state.Parameters;
  const selected =
    selector === undefined
      ? settings.items
      : settings.items.map((Value, Index) =>
          evaluateTemplate(selector, pathScope(effective, { ...scope, context: { ...scope.context, Map: { Item: { Index, Value } } } }), scope.random),
        );
  if (settings.batchSize === undefined) return selected;
  const batchInput = state.ItemBatcher?.BatchInput === undefined ? undefined : evaluateTemplate(state.ItemBatcher.BatchInput, pathScope(effective, scope), scope.random);
  const batches: unknown[] = [];
  for (let start = 0; start < selected.length; start += settings.batchSize) {
    const Items = selected.slice(start, start + settings.batchSize);
    batches.push(batchInput === undefined ? { Items } : { BatchInput: batchInput, Items });
  }
  return batches;
}

/** Runs the iterations with at most `maxConcurrency` in flight; fails past the tolerated failures. */
async function runIterations(run: StateRun<MapJsonPathState>, settings: MapSettings, inputs: unknown[], distributed: boolean): Promise<unknown[]> {
  const { ex, fiber, state, name, depth } = run;
  const processor = state.ItemProcessor ?? state.Iterator;
  if (processor === undefined) throw new StatesRuntime(`Map state '${name}' has no ItemProcessor`);
  const results = new Array<unknown>(inputs.length);
  const iterations = new CancelScope(fiber.scope);
  const started = fiber.lastEventId;
  let failures = 0;
  const { toleratedFailureCount: count, toleratedFailurePercentage: percentage } = settings;
  // Without either threshold no failure is tolerated; with both, passing either one fails the Map.
  const tolerated = (failed: number): boolean =>
    (count !== undefined || percentage !== undefined) &&
    (count === undefined || failed <= count) &&
    (percentage === undefined || (failed / inputs.length) * 100 <= percentage);

  const fail = (iterationFiber: Fiber, details: MapIterationDetails, thrown: unknown): void => {
    const error = asAslError(thrown);
    if (iterations.isCancelled()) {
      if (!distributed) record(ex, iterationFiber, 'MapIterationAborted', { mapIterationAbortedEventDetails: details });
      return;
    }
    if (!distributed) record(ex, iterationFiber, 'MapIterationFailed', { mapIterationFailedEventDetails: details });
    failures++;
    results[details.index] = { Error: error.error, Cause: error.cause };
    if (!distributed || !tolerated(failures)) {
      const reason = distributed ? new StatesExceedToleratedFailureThreshold('The specified tolerated failure threshold was exceeded') : error;
      iterations.cancel(reason);
      throw reason;
    }
  };
  const succeed = (iterationFiber: Fiber, details: MapIterationDetails, output: unknown): void => {
    results[details.index] = output;
    if (!distributed) record(ex, iterationFiber, 'MapIterationSucceeded', { mapIterationSucceededEventDetails: details });
  };
  /** Runs one iteration: `undefined` when it ended synchronously, else the promise of its end. */
  const runOne = (index: number): Promise<void> | undefined => {
    const iterationFiber: Fiber = { scope: iterations, lastEventId: started };
    const details = { name, index };
    if (!distributed) record(ex, iterationFiber, 'MapIterationStarted', { mapIterationStartedEventDetails: details });
    let output: unknown;
    try {
      output = runScope(ex, processor, inputs[index], iterationFiber, depth + 1);
    } catch (thrown) {
      fail(iterationFiber, details, thrown);
      return undefined;
    }
    if (!(output instanceof Promise)) {
      succeed(iterationFiber, details, output);
      return undefined;
    }
    return output.then(
      (value: unknown) => {
        succeed(iterationFiber, details, value);
      },
      (thrown: unknown) => {
        fail(iterationFiber, details, thrown);
      },
    );
  };

  if (settings.maxConcurrency === 0) {
    // No limit: start every iteration now; those that finish synchronously cost no promise.
    const pending: Promise<void>[] = [];
    try {
      for (let index = 0; index < inputs.length && !iterations.isCancelled(); index++) {
        const running = runOne(index);
        if (running !== undefined) pending.push(running);
      }
    } catch (thrown) {
      await Promise.allSettled(pending);
      throw thrown;
    }
    await Promise.all(pending);
  } else {
    let nextIndex = 0;
    const worker = async (): Promise<void> => {
      while (nextIndex < inputs.length && !iterations.isCancelled()) {
        const running = runOne(nextIndex++);
        if (running !== undefined) await running;
      }
    };
    await Promise.all(Array.from({ length: Math.min(inputs.length, settings.maxConcurrency) }, worker));
  }
  return results;
}
