import { createHash } from 'node:crypto';
import { invalidArguments, limitedString, type Invocation } from './invocation.js';
import { javaText } from './java-text.js';

/** `States.Base64Encode(string)`: the UTF-8 bytes of at most 10,000 characters, in base64. */
export function base64Encode(call: Invocation): string {
  return Buffer.from(limitedString(call, 0), 'utf8').toString('base64');
}

/**
 * `States.Base64Decode(base64)`: at most 10,000 characters decoded to UTF-8 text. Like AWS's
 * decoder it is lenient: missing padding and characters outside the alphabet are ignored.
 */
export function base64Decode(call: Invocation): string {
  return Buffer.from(limitedString(call, 0), 'base64').toString('utf8');
}

const ALGORITHMS: ReadonlyMap<unknown, string> = new Map([
  ['MD5', 'md5'],
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-384', 'sha384'],
  ['SHA-512', 'sha512'],
]);

/**
 * `States.Hash(data, algorithm)`: the lower-case hex digest of the UTF-8 bytes of `data` (at most
 * 10,000 characters; a non-string is hashed as Java prints it). `algorithm` is one of `MD5`,
 * `SHA-1`, `SHA-256`, `SHA-384`, `SHA-512`, spelled exactly.
 */
export function hash(call: Invocation): string {
  const [data, algorithm] = call.args;
  const text = javaText(data);
  const nodeName = ALGORITHMS.get(algorithm);
  if (nodeName === undefined || text.length > 10_000) throw invalidArguments(call);
  return createHash(nodeName).update(text, 'utf8').digest('hex');
}
