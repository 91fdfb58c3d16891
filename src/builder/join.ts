import type { AslTypeError } from '../paths/types/index.js';
import type { Flow, Rebuild } from './record.js';
import type { Assigned } from './variables.js';

/** What `.next()` accepts: a chain built on its own (a fragment). */
export interface Joinable {
  readonly '~flow'?: Flow;
}

/** The record of a fragment. */
export type FlowOf<F> = F extends { readonly '~flow'?: infer Y extends Flow } ? Y : never;

/** `unknown` when fragment `Y` may follow chain `X`, else an error naming the problem. */
export type CheckJoin<X extends Flow, Y extends Flow> =
  [X['out']] extends [never] ? AslTypeError<'Nothing flows into this fragment: the chain before it has ended'>
  : X['lang'] extends Y['lang'] ? CheckJoinNames<X, Y>
  : AslTypeError<`The fragment's states are ${Y['lang']}, the workflow's ${X['lang']}: make the fragment with { queryLanguage: '${X['lang']}' }`>;

type CheckJoinNames<X extends Flow, Y extends Flow> =
  [X['names'] & Y['names']] extends [never]
    ? [X['out']] extends [Y['input']] ? unknown : AslTypeError<"The fragment's input type does not accept the output of the state before it">
  : AslTypeError<`State name "${X['names'] & Y['names']}" is already used`>;

/** The record after fragment `Y` follows chain `X`; targets ahead that the other side defines are resolved. */
export type Join<X extends Flow, Y extends Flow> = Rebuild<
  X['input'],
  Y['out'],
  X['names'] | Y['names'],
  X['inputs'] & Y['inputs'],
  X['results'] & Y['results'],
  X['exits'] | Y['exits'],
  Exclude<X['ahead'], readonly [Y['names'], unknown]> | Exclude<Y['ahead'], readonly [X['names'], unknown]>,
  Assigned<X['vars'], Y['vars']>,
  X['lang'],
  X['scope']['~input']
>;
