import type { Branch } from './containers.js';
import type { State } from './state.js';

/** The scopes nested directly in a state: a Parallel's branches, a Map's item processor (or legacy `Iterator`). */
export function innerScopes(state: State): readonly Branch[] {
  if (state.Type === 'Parallel') return state.Branches;
  if (state.Type !== 'Map') return [];
  const processor = state.ItemProcessor ?? state.Iterator;
  return processor === undefined ? [] : [processor];
}
