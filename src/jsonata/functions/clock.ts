import jsonata from 'jsonata';

const fromMillis = jsonata('$fromMillis($t, $picture, $timezone)');

/**
 * `$now()` and `$millis()` on the execution's clock instead of the machine's, so a virtual clock
 * also governs JSONata (stock jsonata reads `Date.now()`). `$now` formats like `$fromMillis`.
 */
export function clockFunctions(now: number): Record<string, unknown> {
  return {
    now: (picture?: string, timezone?: string): Promise<unknown> => fromMillis.evaluate({}, { t: now, picture, timezone }),
    millis: (): number => now,
  };
}
