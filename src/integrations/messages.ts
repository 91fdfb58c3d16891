// Diagnostic texts. AWS's own wording where a recording shows it (test/integrations cites them).

/** AWS's SCHEMA_VALIDATION_FAILED message for a Resource it does not recognise. */
export function notRecognized(arn: string): string {
  return `The resource provided ${arn} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`;
}

/** EXPRESS refusing `.sync` / `.sync:2` (recorded from CreateStateMachine). */
export const EXPRESS_SYNC = "Express state machine does not support '.sync' service integration";

/** EXPRESS refusing `.waitForTaskToken`; the trailing space is AWS's (recorded from both create and validate APIs). */
export const EXPRESS_WAIT_FOR_TASK_TOKEN = "Express state machine does not support '.waitForTaskToken' service integration ";

/** EXPRESS refusing an activity (LocalStack's wording; not yet recorded from AWS). */
export const EXPRESS_ACTIVITY = 'Express state machine does not support Activity ARN';
