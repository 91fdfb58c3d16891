// Java collection semantics AWS's intrinsics show: `hashCode`, `HashSet` order, `java.util.Random`.

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const LONG_LIMIT = 2n ** 63n;

function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** `Long.hashCode` / `Double.hashCode`: the two 32-bit halves xored. */
function foldLong(bits: bigint): number {
  const unsigned = BigInt.asUintN(64, bits);
  return Number(BigInt.asIntN(32, unsigned ^ (unsigned >> 32n)));
}

function numberHash(n: number): number {
  if (Number.isInteger(n) && n >= INT_MIN && n <= INT_MAX) return n | 0;
  if (Number.isInteger(n) && BigInt(n) >= -LONG_LIMIT && BigInt(n) < LONG_LIMIT) return foldLong(BigInt(n));
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  return foldLong(view.getBigUint64(0));
}

/**
 * The `hashCode` of a JSON value once converted to Java (`Integer`, `Long`, `Double`, `String`,
 * `Boolean`, `List`, `Map`; `null` hashes to 0 in a `HashMap`).
 *
 * @example
 * javaHashCode('a'); // 97
 * javaHashCode(true); // 1231
 */
export function javaHashCode(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return stringHash(value);
  if (typeof value === 'number') return numberHash(value);
  if (typeof value === 'boolean') return value ? 1231 : 1237;
  if (Array.isArray(value)) {
    let h = 1;
    for (const item of value) h = (Math.imul(h, 31) + javaHashCode(item)) | 0;
    return h;
  }
  let h = 0;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    h = (h + (stringHash(key) ^ javaHashCode(item))) | 0;
  }
  return h;
}

/**
 * Deep equality of JSON values as Java's `equals` sees them: lists in order, maps regardless of
 * key order, numbers by value.
 */
export function javaEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => javaEquals(item, b[i]));
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((k) => Object.hasOwn(right, k) && javaEquals(left[k], right[k]));
}

/** `HashMap.tableSizeFor`: the smallest power of two at least `n`. */
function tableSizeFor(n: number): number {
  let size = 1;
  while (size < n && size < 2 ** 30) size *= 2;
  return size;
}

/**
 * `new ArrayList<>(new HashSet<>(list))`: duplicates dropped (the first kept), the rest in the
 * order a `HashSet` iterates, by hash bucket then insertion. AWS's `States.ArrayUnique` does this.
 *
 * @example
 * hashSetOrder([true, false, true]); // [false, true]
 */
export function hashSetOrder(values: readonly unknown[]): unknown[] {
  const capacity = tableSizeFor(Math.max(Math.trunc(values.length / 0.75) + 1, 16));
  const buckets = new Map<number, unknown[]>();
  for (const value of values) {
    const h = javaHashCode(value);
    const index = (h ^ (h >>> 16)) & (capacity - 1);
    const bucket = buckets.get(index);
    if (bucket === undefined) buckets.set(index, [value]);
    else if (!bucket.some((kept) => javaEquals(kept, value))) bucket.push(value);
  }
  return [...buckets.entries()].sort(([a], [b]) => a - b).flatMap(([, bucket]) => bucket);
}

const MULTIPLIER = 0x5deece66dn;
const MASK = (1n << 48n) - 1n;

/**
 * `java.util.Random`: the same 48-bit generator, so `new Random(seed).nextInt(bound)` gives
 * what AWS gives for a seeded `States.MathRandom`.
 *
 * @example
 * new JavaRandom(42n).nextInt(99); // 62
 */
export class JavaRandom {
  private seed: bigint;

  constructor(seed: bigint) {
    this.seed = (BigInt.asIntN(64, seed) ^ MULTIPLIER) & MASK;
  }

  private next(bits: number): number {
    this.seed = (this.seed * MULTIPLIER + 0xbn) & MASK;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }

  /** A value in [0, bound); `bound` is a positive `int`. */
  nextInt(bound: number): number {
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }
}
