import { expect } from 'vitest';
import { validate, type StateMachine } from 'statewright';

/** `definition`, after asserting that the validator finds nothing in it (not even a warning). */
export function validated(definition: StateMachine): StateMachine {
  expect(validate(definition)).toEqual([]);
  return definition;
}
