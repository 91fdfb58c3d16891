import type { VariablesOf } from 'statewright';

/** The variables `wf` has assigned, as a value for `expectTypeOf` (nothing at run time). */
export function variablesOf<W>(_wf: W): VariablesOf<W> {
  return undefined as unknown as VariablesOf<W>;
}
