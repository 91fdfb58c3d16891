/**
 * Placeholders of the recordings (../shared/conformance/README.md, "How to compare"): values that
 * differed from run to run were replaced by the recorder; each stands for any string, or for the part
 * of a string it replaced.
 */

/**
 * Bare words the recorder put in place of run-specific values. The README names the first three and
 * `date`; `start-time` and `entered-time` stand for `$$.Execution.StartTime` and `$$.State.EnteredTime`
 * in `base-query-context-object-values`.
 */
export const PLACEHOLDER_WORDS = ['RandomNumberGenerated', 'generated-uuid', 'snf_role_arn', 'start-time', 'entered-time', 'date'] as const;

// `arn:<partition>:…` first (the whole ARN is one wildcard, up to a space or quote), then `<token>`s,
// then the bare words, as whole words.
const PLACEHOLDER = new RegExp(
  [String.raw`arn:<partition>:[^\s'"]*`, String.raw`<[A-Za-z][\w.:-]*>`, String.raw`(?<![\w-])(?:${PLACEHOLDER_WORDS.join('|')})(?![\w-])`].join('|'),
  'g',
);

/** A recorded string cut at its placeholders: the literal parts, which any text may separate. */
export interface Pattern {
  readonly literals: readonly string[];
  /** True when the string is one placeholder and nothing else. */
  readonly whole: boolean;
}

/** Cuts `recorded` at its placeholders; a string without any gives one literal. */
export function patternOf(recorded: string): Pattern {
  const literals: string[] = [];
  let from = 0;
  for (const match of recorded.matchAll(PLACEHOLDER)) {
    literals.push(recorded.slice(from, match.index));
    from = match.index + match[0].length;
  }
  literals.push(recorded.slice(from));
  return { literals, whole: literals.length === 2 && literals.every((l) => l === '') };
}

/** Whether the recorded string has a placeholder. */
export function hasPlaceholder(recorded: string): boolean {
  return patternOf(recorded).literals.length > 1;
}

/**
 * Whether `actual` matches `pattern`: it starts with the first literal, ends with the last, and holds
 * the others in order between them (each placeholder matches any text, also none).
 */
export function matchesPattern(pattern: Pattern, actual: string): boolean {
  const { literals } = pattern;
  const first = literals[0] ?? '';
  if (literals.length === 1) return actual === first;
  const last = literals[literals.length - 1] ?? '';
  if (!actual.startsWith(first)) return false;
  let at = first.length;
  for (const literal of literals.slice(1, -1)) {
    const found = actual.indexOf(literal, at);
    if (found < 0) return false;
    at = found + literal.length;
  }
  return actual.length - last.length >= at && actual.endsWith(last);
}
