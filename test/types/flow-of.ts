import type { InputOf, OutputOf, WorkflowOutputOf } from 'statewright';

/** The type flowing out of `wf`, as a value for `expectTypeOf` (nothing at run time). */
export function outputOf<W>(_wf: W): OutputOf<W> {
  return undefined;
}

/** The input type of `wf`, as a value for `expectTypeOf` (nothing at run time). */
export function inputOf<W>(_wf: W): InputOf<W> {
  return undefined;
}

/** What `wf` gives back as a workflow (its ends and what flows out), as a value for `expectTypeOf`. */
export function workflowOutputOf<W>(_wf: W): WorkflowOutputOf<W> {
  return undefined;
}
