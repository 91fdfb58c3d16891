import { isStatesErrorName, STATES_ERROR_NAMES } from '../asl/index.js';
import { pointer } from '../internal/json-pointer.js';
import { didYouMean } from '../internal/suggest.js';
import { isJsonataString } from '../jsonata/expression.js';
import type { CheckContext } from './context.js';

/** The one family of predefined names that is open-ended: an HTTP Task's non-2xx status. */
const HTTP_STATUS_ERROR = /^States\.Http\.StatusCode\.\d{3}$/;

/**
 * Warns about error names that take the reserved `States.` prefix without being a predefined error:
 * user code may not raise them, so a retrier or catcher naming one never matches. AWS's create-time
 * verdict on them is unconfirmed, hence a warning.
 */
export function checkErrorName(ctx: CheckContext, name: unknown, path: string): void {
  if (typeof name !== 'string' || !name.startsWith('States.') || isStatesErrorName(name) || HTTP_STATUS_ERROR.test(name)) return;
  if (isJsonataString(name)) return;
  ctx.report.warning(
    'RESERVED_ERROR_NAME',
    path,
    `'${name}' is not a predefined error, and the 'States.' prefix is reserved for them${didYouMean(name, STATES_ERROR_NAMES)}`,
  );
}

/** Checks each name of an `ErrorEquals` list. */
export function checkErrorEquals(ctx: CheckContext, errorEquals: unknown, path: string): void {
  if (!Array.isArray(errorEquals)) return;
  errorEquals.forEach((name, index) => {
    checkErrorName(ctx, name, pointer(path, index));
  });
}
