import { describe, expect, it } from 'vitest';
import { isStatesErrorName, STATES_ERROR_NAMES } from '../../src/asl/index.js';

describe('STATES_ERROR_NAMES', () => {
  it('lists the predefined error names', () => {
    expect(STATES_ERROR_NAMES).toEqual(
      expect.arrayContaining([
        'States.ALL',
        'States.TaskFailed',
        'States.Timeout',
        'States.HeartbeatTimeout',
        'States.Runtime',
        'States.DataLimitExceeded',
        'States.ResultPathMatchFailure',
        'States.ParameterPathFailure',
        'States.BranchFailed',
        'States.NoChoiceMatched',
        'States.IntrinsicFailure',
        'States.ExceedToleratedFailureThreshold',
        'States.ItemReaderFailed',
        'States.ResultWriterFailed',
        'States.QueryEvaluationError',
        'States.Permissions',
        'States.Http.Socket',
      ]),
    );
    expect(new Set(STATES_ERROR_NAMES).size).toBe(STATES_ERROR_NAMES.length);
  });

  it('tells predefined names from user error names', () => {
    expect(isStatesErrorName('States.Timeout')).toBe(true);
    expect(isStatesErrorName('States.timeout')).toBe(false);
    expect(isStatesErrorName('Lambda.Unknown')).toBe(false);
  });
});
