import { z } from 'zod';
import { commonFields } from '../state-fields.js';

/**
 * A JSONPath Fail state: fails with `Error` / `Cause`, or with `ErrorPath` / `CausePath` (a reference path or an
 * intrinsic function, checked by the validator, as are the exclusive pairs).
 */
export const FailJsonPathSchema = z.strictObject({
  ...commonFields('Fail'),
  Error: z.string().optional(),
  ErrorPath: z.string().optional(),
  Cause: z.string().optional(),
  CausePath: z.string().optional(),
});

/** A JSONata Fail state: `Error` and `Cause` are literal strings or `{% %}` expressions. */
export const FailJsonataSchema = z.strictObject({
  ...commonFields('Fail'),
  Error: z.string().optional(),
  Cause: z.string().optional(),
});

/** A Fail state in either query language. */
export const FailStateSchema = z.union([FailJsonPathSchema, FailJsonataSchema]);

/** A JSONPath Fail state. */
export type FailJsonPathState = z.infer<typeof FailJsonPathSchema>;

/** A JSONata Fail state. */
export type FailJsonataState = z.infer<typeof FailJsonataSchema>;

/** A Fail state. */
export type FailState = z.infer<typeof FailStateSchema>;
