import type { RandomSource } from '../../runtime/random.js';
import { clockFunctions } from './clock.js';
import { hash } from './hash.js';
import { parseJson } from './parse-json.js';
import { partition } from './partition.js';
import { randomFunction, uuidFunction } from './random.js';
import { range } from './range.js';

/**
 * The bindings that turn stock JSONata 2.0.6 into what AWS Step Functions runs: `$partition`,
 * `$range`, `$hash`, `$random` (seedable), `$uuid` and `$parse` added, and `$eval` removed (bound to
 * `undefined`, so calling it fails with T1006 "Attempted to invoke a non-function"). `$now` and
 * `$millis` read `now`, the execution's clock.
 */
export function awsFunctionBindings(random: RandomSource, now: number): Record<string, unknown> {
  return {
    ...clockFunctions(now),
    partition,
    range,
    hash,
    random: randomFunction(random),
    uuid: uuidFunction(random),
    parse: parseJson,
    eval: undefined,
  };
}
