import { pointerTokens } from '../../internal/json-pointer.js';

/** The name of the (innermost) state a JSON pointer into a definition points into, if any. */
export function stateOfPointer(path: string): string | undefined {
  const tokens = pointerTokens(path);
  let state: string | undefined;
  let at = 0;
  while (tokens[at] === 'States' && tokens[at + 1] !== undefined) {
    state = tokens[at + 1];
    const scope = tokens[at + 2];
    if (scope === 'Branches') at += 4;
    else if (scope === 'ItemProcessor' || scope === 'Iterator') at += 3;
    else break;
  }
  return state;
}
