import { AslError, StatesRuntime } from './errors.js';

/** Errors that `States.ALL` does not match: they end the execution. */
const TERMINAL = new Set(['States.Runtime', 'States.DataLimitExceeded']);

/** True when an `ErrorEquals` name matches an error: exactly, or through `States.ALL` / `States.TaskFailed`. */
export function errorMatches(name: string, error: string): boolean {
  if (name === error) return true;
  if (name === 'States.ALL') return !TERMINAL.has(error);
  // States.TaskFailed stands for any failure of the task itself, not for the executor's own States.* errors.
  if (name === 'States.TaskFailed') return !error.startsWith('States.');
  return false;
}

/** The index of the first entry whose `ErrorEquals` matches, or -1. */
export function findMatch(entries: readonly { readonly ErrorEquals: readonly string[] }[] | undefined, error: string): number {
  if (entries === undefined) return -1;
  return entries.findIndex((entry) => entry.ErrorEquals.some((name) => errorMatches(name, error)));
}

/** Turns anything thrown inside the executor into an ASL error; an unexpected JS error becomes States.Runtime. */
export function asAslError(thrown: unknown): AslError {
  if (thrown instanceof AslError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new StatesRuntime(`Internal error: ${message}`);
}
