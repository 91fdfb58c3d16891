import type { IntrinsicName } from '../functions.js';
import { array, arrayContains, arrayGetItem, arrayLength, arrayPartition, arrayRange, arrayUnique } from './arrays.js';
import { base64Decode, base64Encode, hash } from './encoding.js';
import type { IntrinsicImplementation } from './invocation.js';
import { jsonMerge, jsonToString, stringToJson } from './json.js';
import { mathAdd, mathRandom, uuid } from './math.js';
import { format, stringSplit } from './strings.js';

/** The implementation of each of AWS's 18 intrinsic functions. */
export const IMPLEMENTATIONS: ReadonlyMap<string, IntrinsicImplementation> = new Map<IntrinsicName, IntrinsicImplementation>([
  ['States.Format', format],
  ['States.StringToJson', stringToJson],
  ['States.JsonToString', jsonToString],
  ['States.Array', array],
  ['States.ArrayPartition', arrayPartition],
  ['States.ArrayContains', arrayContains],
  ['States.ArrayRange', arrayRange],
  ['States.ArrayGetItem', arrayGetItem],
  ['States.ArrayLength', arrayLength],
  ['States.ArrayUnique', arrayUnique],
  ['States.Base64Encode', base64Encode],
  ['States.Base64Decode', base64Decode],
  ['States.Hash', hash],
  ['States.JsonMerge', jsonMerge],
  ['States.MathRandom', mathRandom],
  ['States.MathAdd', mathAdd],
  ['States.StringSplit', stringSplit],
  ['States.UUID', uuid],
]);
