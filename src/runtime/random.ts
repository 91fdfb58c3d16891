/** The source of every random value of an execution: seeded, so one seed replays one execution. */
export interface RandomSource {
  /** A float in [0, 1). */
  next(): number;
}

/**
 * A seeded generator (mulberry32): fast, 32-bit state, the same sequence for the same seed.
 *
 * @example
 * ```ts
 * import { seededRandom } from 'statewright/runtime';
 *
 * const random = seededRandom(42);
 * console.log(random.next());
 * ```
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** A version 4 UUID drawn from `random`. */
export function randomUuid(random: RandomSource): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
