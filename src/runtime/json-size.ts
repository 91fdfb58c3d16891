/**
 * True when the JSON text of `value` would take more than `limit` UTF-8 bytes. Walks the value
 * (iteratively, so deep nesting cannot exhaust the stack) and stops as soon as the limit is passed,
 * so small payloads cost little and big ones are never copied.
 */
export function exceedsBytes(value: unknown, limit: number): boolean {
  let total = 0;
  const stack: unknown[] = [value];
  for (let item = stack.pop(); stack.length > 0 || item !== undefined; item = stack.pop()) {
    total += scalarSize(item);
    if (typeof item === 'object' && item !== null) {
      if (Array.isArray(item)) {
        total += 2 + item.length;
        for (const element of item) stack.push(element);
      } else {
        total += 2;
        for (const key in item) {
          total += scalarSize(key) + 2;
          stack.push((item as Record<string, unknown>)[key]);
        }
      }
    }
    if (total > limit) return true;
  }
  return total > limit;
}

// Printable ASCII but `"` and `\`: such a string is its own JSON text between the quotes.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function scalarSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return PLAIN.test(value) ? value.length + 2 : Buffer.byteLength(JSON.stringify(value));
    case 'number':
      return Number.isSafeInteger(value) ? integerLength(value) : String(value).length;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      return value === null ? 4 : 0;
    default:
      return 0;
  }
}

/** The length of a safe integer's JSON text, without building the text (a Map's items are often counted). */
function integerLength(value: number): number {
  let length = value < 0 ? 2 : 1;
  for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) length++;
  return length;
}
