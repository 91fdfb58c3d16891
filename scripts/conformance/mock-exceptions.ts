/**
 * Cases replayed by `mockConfig` that no executor can reproduce from that file, with the reason
 * (issue 6, "Conformance"). Each one's `Throw.Cause` is the Lambda error payload re-serialised by the
 * recorder with Python's separators (`{"errorMessage": "…", "errorType": …}`), while AWS's cause, which
 * the recorded output carries, is compact JSON (`{"errorMessage":"…","errorType":…}`). A mock replays
 * its Cause verbatim, as Step Functions Local does, so the output differs by those spaces alone.
 */
export const MOCK_REPLAY_EXCEPTIONS: ReadonlyMap<string, string> = new Map(
  [
    'states-vars-error-output-catch-error-variable-sampling-task-catch-error-variable-sampling',
    'states-vars-error-output-task-catch-error-output-task-catch-error-output',
    'states-vars-error-output-task-catch-error-output-task-catch-error-output-to-jsonpath',
    'states-vars-error-output-task-catch-error-with-retry-task-catch-error-output-with-retry',
    'states-vars-error-output-task-catch-error-with-retry-task-catch-error-output-with-retry-to-jsonpath',
  ].map((id) => [id, 'the mocked Cause was re-serialised by the recorder with spaces; AWS gave compact JSON text']),
);
