import type { MockedCall, MockedResponse } from './mock-config-file.js';

/** The calls `first`…`last` (zero-based, inclusive) of a state answered by one mocked call. */
export interface CallRange {
  readonly first: number;
  readonly last: number;
  readonly call: MockedCall;
}

const KEY = /^(\d+)(?:-(\d+))?$/;

/**
 * Orders the keys of a mocked response (`"0"`, `"1-2"`, …) as call ranges, rejecting keys that are not
 * a number or an ascending range and ranges that overlap.
 */
export function callRanges(mock: string, response: MockedResponse): CallRange[] {
  const ranges = Object.entries(response).map(([key, call]): CallRange => {
    const match = KEY.exec(key);
    if (match === null) throw new TypeError(`Mocked response "${mock}": key "${key}" is not a call number ("0") or range ("1-2")`);
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first) throw new TypeError(`Mocked response "${mock}": range "${key}" ends before it starts`);
    return { first, last, call };
  });
  ranges.sort((a, b) => a.first - b.first);
  for (let i = 1; i < ranges.length; i++) {
    const before = ranges[i - 1];
    const range = ranges[i];
    if (before !== undefined && range !== undefined && range.first <= before.last) {
      throw new TypeError(`Mocked response "${mock}": call ${range.first} is mocked twice`);
    }
  }
  return ranges;
}

/** The mocked call answering call number `index` (zero-based), if any. */
export function callAt(ranges: readonly CallRange[], index: number): MockedCall | undefined {
  return ranges.find((r) => r.first <= index && index <= r.last)?.call;
}
