import type { ParsedResource } from '../../integrations/index.js';
import type { Callbacks } from '../callbacks.js';
import { AslError } from '../errors.js';
import { awsSdkError } from './sdk-errors.js';

const ACTIONS = new Set(['sendTaskSuccess', 'sendTaskFailure', 'sendTaskHeartbeat']);

/** Whether a task calls `aws-sdk:sfn:sendTaskSuccess`, `sendTaskFailure` or `sendTaskHeartbeat`. */
export function isSfnCallback(resource: ParsedResource): boolean {
  return resource.kind === 'aws-sdk' && resource.service === 'sfn' && resource.pattern === 'request-response' && ACTIONS.has(resource.action);
}

/**
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat as Step Functions answers them for the tokens
 * of this execution and the executions it started: `{}`, or `Sfn.InvalidTokenException` for a token no
 * task waits for (the wording of the conformance recording). `Output` is JSON text, as the API takes it.
 */
export function runSfnCallback(action: string, input: unknown, callbacks: Callbacks): unknown {
  const params = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const token = typeof params['TaskToken'] === 'string' ? params['TaskToken'] : '';
  const text = (key: string): string | undefined => (typeof params[key] === 'string' ? params[key] : undefined);
  try {
    if (action === 'sendTaskSuccess') callbacks.sendTaskSuccess(token, output(params['Output']));
    else if (action === 'sendTaskFailure') callbacks.sendTaskFailure(token, text('Error'), text('Cause'));
    else callbacks.sendTaskHeartbeat(token);
  } catch (error) {
    if (error instanceof AslError && error.error === 'TaskDoesNotExist') throw awsSdkError('sfn', 'InvalidToken', "Invalid Token: 'Invalid token'");
    throw error;
  }
  return {};
}

/** The `Output` of SendTaskSuccess: JSON text, parsed; a JSON value given directly is taken as is. */
function output(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw awsSdkError('sfn', 'InvalidOutput', `Invalid Output: '${value}'`);
  }
}
