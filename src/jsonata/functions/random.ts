import { randomUuid, seededRandom, type RandomSource } from '../../runtime/random.js';
import { JsonataFunctionError } from './function-error.js';

/**
 * `$random()` and `$random(seed)`: a float in [0, 1). Unseeded (or seeded with `undefined`), it is drawn from `random` (the
 * execution's source); seeded, it depends on the seed alone, so the same seed gives the same number.
 *
 * @example
 * const r = randomFunction(seededRandom(1));
 * r(7) === r(7); // true
 */
export function randomFunction(random: RandomSource): (seed?: unknown) => number {
  return (...args: unknown[]) => {
    const [seed] = args;
    if (seed === undefined) return random.next();
    if (typeof seed !== 'number' || !Number.isFinite(seed)) {
      throw new JsonataFunctionError('$random: the seed must be a number');
    }
    return seededRandom(seedBits(seed)).next();
  };
}

/** `$uuid()`: a version 4 UUID drawn from `random`. */
export function uuidFunction(random: RandomSource): () => string {
  return () => randomUuid(random);
}

/** Folds a number's 64 bits into 32, so nearby and fractional seeds still differ. */
function seedBits(seed: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed);
  return (view.getUint32(0) ^ Math.imul(view.getUint32(4), 0x9e3779b1)) >>> 0;
}
