import { describe, expect, it } from 'vitest';
import { testState } from '../../../src/runtime/index.js';
import { passProcessor } from './fixtures.js';

// Expected values from AWS's TestState recordings (configuration-retrier-retry-count-*,
// state-task-catch-error-*, configuration-map-state-failure-count-*) and the Retry rules of the ASL docs.
const RETRY_TASK = {
  QueryLanguage: 'JSONata',
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Arguments: { FunctionName: 'foo', Payload: 'bar' },
  Retry: [{ ErrorEquals: ['MockException'], IntervalSeconds: 1, MaxAttempts: 5, BackoffRate: 2 }],
  End: true,
} as const;
const MOCK_ERROR = { errorOutput: { error: 'MockException', cause: 'Mock the cause of the error.' } } as const;
const input = { Values: ['first', 'second', 'third'] };

describe('testState: Retry', () => {
  it('is RETRIABLE while attempts remain, with the wait before the next retry', async () => {
    const response = await testState(RETRY_TASK, { input, mock: MOCK_ERROR, stateConfiguration: { retrierRetryCount: 4 }, inspectionLevel: 'TRACE' });
    expect(response).toEqual({
      status: 'RETRIABLE',
      error: 'MockException',
      cause: 'Mock the cause of the error.',
      inspectionData: { input, afterArguments: { FunctionName: 'foo', Payload: 'bar' }, errorDetails: { retryIndex: 0, retryBackoffIntervalSeconds: 16 } },
    });
  });

  it('FAILS once the retrier has used its attempts, still naming it', async () => {
    const response = await testState(RETRY_TASK, { input, mock: MOCK_ERROR, stateConfiguration: { retrierRetryCount: 5 }, inspectionLevel: 'DEBUG' });
    expect(response).toMatchObject({ status: 'FAILED', error: 'MockException', cause: 'Mock the cause of the error.' });
    expect(response.inspectionData?.errorDetails).toEqual({ retryIndex: 0 });
  });

  it('uses the defaults (1 s, rate 2.0, 3 attempts) and caps the wait at MaxDelaySeconds', async () => {
    const task = { ...RETRY_TASK, Retry: [{ ErrorEquals: ['Other'] }, { ErrorEquals: ['States.ALL'], MaxDelaySeconds: 3 }] };
    const first = await testState(task, { input, mock: MOCK_ERROR, inspectionLevel: 'DEBUG' });
    expect(first.inspectionData?.errorDetails).toEqual({ retryIndex: 1, retryBackoffIntervalSeconds: 1 });
    const third = await testState(task, { input, mock: MOCK_ERROR, stateConfiguration: { retrierRetryCount: 2 }, inspectionLevel: 'DEBUG' });
    expect(third.inspectionData?.errorDetails).toEqual({ retryIndex: 1, retryBackoffIntervalSeconds: 3 });
    expect((await testState(task, { input, mock: MOCK_ERROR, stateConfiguration: { retrierRetryCount: 3 } })).status).toBe('FAILED');
  });

  it('sets $states.context.State.RetryCount to the retries made', async () => {
    const task = { ...RETRY_TASK, Retry: undefined, Output: '{% $states.context.State.RetryCount %}' };
    expect((await testState(task, { mock: { result: {} }, stateConfiguration: { retrierRetryCount: 2 } })).output).toBe(2);
  });
});

describe('testState: Catch', () => {
  const CATCH_TASK = {
    QueryLanguage: 'JSONata',
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Arguments: { FunctionName: 'foo', Payload: 'bar' },
    Catch: [
      { ErrorEquals: ['MockException'], Output: '{% $states.errorOutput %}', Next: 'HandleMockError' },
      { ErrorEquals: ['States.TaskFailed'], Output: '{% $states.errorOutput %}', Next: 'HandleThreshold' },
    ],
    End: true,
  } as const;

  it('is CAUGHT_ERROR with the catcher index, its output and its Next', async () => {
    const response = await testState(CATCH_TASK, { input: { Value: 'HelloWorld' }, mock: { errorOutput: { error: 'States.TaskFailed', cause: 'The task failed.' } }, inspectionLevel: 'TRACE' });
    expect(response).toEqual({
      status: 'CAUGHT_ERROR',
      output: { Error: 'States.TaskFailed', Cause: 'The task failed.' },
      error: 'States.TaskFailed',
      cause: 'The task failed.',
      nextState: 'HandleThreshold',
      inspectionData: { input: { Value: 'HelloWorld' }, afterArguments: { FunctionName: 'foo', Payload: 'bar' }, errorDetails: { catchIndex: 1 } },
    });
  });

  it('places the error output with a JSONPath catcher`s ResultPath', async () => {
    const task = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Recover' }], End: true } as const;
    const response = await testState(task, { input: { order: 7 }, mock: { errorOutput: { error: 'Boom', cause: 'it broke' } } });
    expect(response).toEqual({ status: 'CAUGHT_ERROR', output: { order: 7, error: { Error: 'Boom', Cause: 'it broke' } }, error: 'Boom', cause: 'it broke', nextState: 'Recover' });
  });

  it('fails when no catcher matches', async () => {
    const response = await testState(CATCH_TASK, { mock: { errorOutput: { error: 'States.Timeout', cause: 'late' } } });
    expect(response).toEqual({ status: 'FAILED', error: 'States.Timeout', cause: 'late' });
  });

  it('retries before it catches (configuration-map-state-failure-count-*-map-task-state-exceeds-tolerated-failure)', async () => {
    const map = {
      Type: 'Map',
      QueryLanguage: 'JSONata',
      Items: '{% $states.input.Values %}',
      ItemProcessor: passProcessor('T'),
      ToleratedFailureCount: 1,
      Retry: [{ ErrorEquals: ['MockException'], MaxAttempts: 3 }, { ErrorEquals: ['States.ExceedToleratedFailureThreshold'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ExceedToleratedFailureThreshold'], Next: 'HandleThresholdExceeded' }],
      End: true,
    } as const;
    const response = await testState(map, { input, mock: { result: [0, 0, 1] }, stateConfiguration: { mapIterationFailureCount: 2 }, inspectionLevel: 'TRACE' });
    expect(response).toEqual({
      status: 'RETRIABLE',
      error: 'States.ExceedToleratedFailureThreshold',
      cause: 'The specified tolerated failure threshold was exceeded',
      inspectionData: { input, maxConcurrency: 0, toleratedFailureCount: 1, errorDetails: { retryIndex: 1, retryBackoffIntervalSeconds: 1 } },
    });
    const caught = await testState({ ...map, Retry: undefined }, { input, mock: { result: [0, 0, 1] }, stateConfiguration: { mapIterationFailureCount: 2 } });
    expect(caught).toMatchObject({ status: 'CAUGHT_ERROR', nextState: 'HandleThresholdExceeded' });
    const tolerated = await testState({ ...map, Retry: undefined }, { input, mock: { result: [1, 1, 0] }, stateConfiguration: { mapIterationFailureCount: 1 } });
    expect(tolerated).toEqual({ status: 'SUCCEEDED', output: [1, 1, 0] });
  });
});
