import type { ItemProcessor, MapJsonataState, MapJsonPathState } from '../../asl/index.js';
import { CancelScope } from '../cancel-scope.js';
import { asAslError } from '../error-matching.js';
import { StatesExceedToleratedFailureThreshold, StatesRuntime } from '../errors.js';
import type { MapIterationDetails } from '../history-event.js';
import { record, type Fiber } from '../run-context.js';
import { runScope } from '../run-scope.js';
import { settleAll } from '../settle-all.js';
import type { StateRun } from '../state-handler.js';
import type { MapSettings } from './map-settings.js';

/**
 * The part of a Map state both query languages share: records `MapStateStarted` (and the `MapRun*`
 * events of a distributed Map), runs the processor over `inputs` and records how it ended.
 * Resolves to the outputs in item order.
 */
export async function runMapItems(run: StateRun<MapJsonPathState | MapJsonataState>, settings: MapSettings, inputs: unknown[]): Promise<unknown[]> {
  const { ex, fiber, state } = run;
  record(ex, fiber, 'MapStateStarted', { mapStateStartedEventDetails: { length: inputs.length } });
  const distributed = state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED';
  if (distributed) {
    const mapRunArn = `${ex.contextBase.StateMachine.Id.replace(':stateMachine:', ':mapRun:')}/${run.name}:${String(fiber.lastEventId)}`;
    record(ex, fiber, 'MapRunStarted', { mapRunStartedEventDetails: { mapRunArn } });
  }
  let result: unknown[];
  try {
    result = await runIterations(run, processorOf(run), settings, inputs, distributed);
  } catch (thrown) {
    const error = asAslError(thrown);
    // Stopped from outside, the state records MapStateAborted instead (see run-scope).
    if (fiber.scope.isCancelled()) throw thrown;
    if (distributed) record(ex, fiber, 'MapRunFailed', { mapRunFailedEventDetails: { error: error.error, cause: error.cause } });
    record(ex, fiber, 'MapStateFailed');
    throw error;
  }
  if (distributed) record(ex, fiber, 'MapRunSucceeded');
  record(ex, fiber, 'MapStateSucceeded');
  return result;
}

/** Groups item inputs as ItemBatcher does: `{ Items }` per batch, with `BatchInput` when given. */
export function batchItems(selected: unknown[], batchSize: number | undefined, batchInput: unknown): unknown[] {
  if (batchSize === undefined) return selected;
  const batches: unknown[] = [];
  for (let start = 0; start < selected.length; start += batchSize) {
    const Items = selected.slice(start, start + batchSize);
    batches.push(batchInput === undefined ? { Items } : { BatchInput: batchInput, Items });
  }
  return batches;
}

function processorOf(run: StateRun<MapJsonPathState | MapJsonataState>): ItemProcessor {
  const processor = run.state.ItemProcessor ?? run.state.Iterator;
  if (processor === undefined) throw new StatesRuntime(`Map state '${run.name}' has no ItemProcessor`);
  return processor;
}

/** Runs the iterations with at most `maxConcurrency` in flight; fails past the tolerated failures. */
async function runIterations(
  run: StateRun<unknown>,
  processor: ItemProcessor,
  settings: MapSettings,
  inputs: unknown[],
  distributed: boolean,
): Promise<unknown[]> {
  const { ex, fiber, name, depth } = run;
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
    const iterationFiber: Fiber = { scope: iterations, variables: fiber.variables.inner(), lastEventId: started };
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
    await settleAll(pending);
  } else {
    let nextIndex = 0;
    const worker = async (): Promise<void> => {
      while (nextIndex < inputs.length && !iterations.isCancelled()) {
        const running = runOne(nextIndex++);
        if (running !== undefined) await running;
      }
    };
    await settleAll(Array.from({ length: Math.min(inputs.length, settings.maxConcurrency) }, worker));
  }
  // Stopped from outside: every iteration ended aborted, without a failure to throw.
  if (fiber.scope.reason !== undefined) throw fiber.scope.reason;
  return results;
}
