/**
 * True when the JSON text of `value` would take more than `limit` UTF-8 bytes. Walks the value and
 * stops as soon as the limit is passed, so small payloads cost little and big ones are never copied.
 */
export function exceedsBytes(value: unknown, limit: number): boolean {
  return size(value, limit) > limit;
}

function size(value: unknown, budget: number): number {
  switch (typeof value) {
    case 'string':
      // Each UTF-16 unit is at most 3 UTF-8 bytes; count exactly only when that bound is over budget.
      return value.length * 3 + 2 <= budget ? value.length + 2 : Buffer.byteLength(value) + 2;
    case 'number':
    case 'boolean':
      return String(value).length;
    case 'object': {
      if (value === null) return 4;
      let total = 2;
      if (Array.isArray(value)) {
        for (const item of value) {
          total += size(item, budget - total) + 1;
          if (total > budget) return total;
        }
      } else {
        for (const key in value) {
          total += key.length + 3 + size((value as Record<string, unknown>)[key], budget - total) + 1;
          if (total > budget) return total;
        }
      }
      return total;
    }
    default:
      return 0;
  }
}
