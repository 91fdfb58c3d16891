import type { InputOf, OutputOf } from 'statewright';

/** The type flowing out of `wf`, as a value for `expectTypeOf` (nothing at run time). */
export function outputOf<W>(_wf: W): OutputOf<W> {
  return undefined;
}

/** The input type of `wf`, as a value for `expectTypeOf` (nothing at run time). */
export function inputOf<W>(_wf: W): InputOf<W> {
  return undefined;
}
