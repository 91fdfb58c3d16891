import type { AslTypeError } from '../paths/types/index.js';
import type { Flow } from './record.js';

/** `N` when it may name a new state, else an error naming the problem. */
export type CheckName<N extends string, X extends Flow> =
  N extends X['names'] ? AslTypeError<`State name "${N}" is already used`>
  : [X['out']] extends [never]
    ? N extends X['ahead'][0] ? N : AslTypeError<`State "${N}" is unreachable: nothing flows into it and no target names it`>
    : N;

/**
 * `N` when the chain may go to target `N` carrying `T`: a state defined later, or a defined one whose
 * input accepts `T` (a loop that brings back another shape is an error naming the target).
 */
export type CheckTarget<N extends string, X extends Flow, T> =
  N extends X['names']
    ? [T] extends [StateInput<X, N>] ? N : AslTypeError<`The input arriving at "${N}" is not assignable to the input of "${N}"`>
    : N;

/** The input type of defined state `N`. */
export type StateInput<X extends Flow, N extends string> = X['inputs'][N & keyof X['inputs']];

/** What autocompletes as a target: the names defined so far (any other string names a later state). */
export type TargetName<X extends Flow> = X['names'] | (string & {});
