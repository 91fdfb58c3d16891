/**
 * How a Task waits on a service integration, from the suffix of its `Resource`:
 * none (`request-response`), `.sync`, `.sync:2` (Step Functions `startExecution` only) or `.waitForTaskToken`.
 *
 * @example
 * ```ts
 * import type { IntegrationPattern } from 'statewright/integrations';
 * const pattern: IntegrationPattern = 'waitForTaskToken';
 * ```
 */
export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

/**
 * Every integration pattern, in the order AWS documents them.
 *
 * @example
 * ```ts
 * import { INTEGRATION_PATTERNS } from 'statewright/integrations';
 * INTEGRATION_PATTERNS.includes('sync'); // true
 * ```
 */
export const INTEGRATION_PATTERNS: readonly IntegrationPattern[] = Object.freeze([
  'request-response',
  'sync',
  'sync:2',
  'waitForTaskToken',
]);

const SUFFIXES = {
  'request-response': '',
  sync: '.sync',
  'sync:2': '.sync:2',
  waitForTaskToken: '.waitForTaskToken',
} as const satisfies Record<IntegrationPattern, string>;

/**
 * The `Resource` suffix that selects a pattern: `''`, `'.sync'`, `'.sync:2'` or `'.waitForTaskToken'`.
 *
 * @example
 * ```ts
 * import { patternSuffix } from 'statewright/integrations';
 * patternSuffix('sync:2'); // '.sync:2'
 * ```
 */
export function patternSuffix<P extends IntegrationPattern>(pattern: P): (typeof SUFFIXES)[P] {
  return SUFFIXES[pattern];
}

/** The pattern a suffix (the text after the first `.`) names, or undefined when it names none. */
export function patternOf(suffix: string | undefined): IntegrationPattern | undefined {
  switch (suffix) {
    case undefined:
      return 'request-response';
    case 'sync':
    case 'sync:2':
    case 'waitForTaskToken':
      return suffix;
    default:
      return undefined;
  }
}

/** Reads a list of patterns as a user writes them: `request-response (no suffix), .sync and .waitForTaskToken`. */
export function describePatterns(patterns: readonly IntegrationPattern[]): string {
  const names = patterns.map((p) => (p === 'request-response' ? 'request-response (no suffix)' : SUFFIXES[p]));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
