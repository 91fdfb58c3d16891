import { createHash } from 'node:crypto';
import { JsonataFunctionError, jsonText } from './function-error.js';

const ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/**
 * `$hash(value, algorithm)`: the lowercase hex digest of a string's UTF-8 bytes. `algorithm` is one
 * of `MD5`, `SHA-1`, `SHA-256`, `SHA-384`, `SHA-512`; omitted, it is `SHA-256`.
 *
 * @example
 * hash('abc', 'MD5'); // '900150983cd24fb0d6963f7d28e17f72'
 */
export function hash(value: unknown, algorithm: unknown = 'SHA-256'): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new JsonataFunctionError('$hash: the value to hash must be a string');
  const name = typeof algorithm === 'string' && Object.hasOwn(ALGORITHMS, algorithm) ? ALGORITHMS[algorithm] : undefined;
  if (name === undefined) {
    throw new JsonataFunctionError(
      `$hash: the algorithm must be one of ${Object.keys(ALGORITHMS).join(', ')}, but was ${jsonText(algorithm)}`,
    );
  }
  return createHash(name).update(value, 'utf8').digest('hex');
}
