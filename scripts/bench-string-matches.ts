// Benchmark: `StringMatches` with many wildcards against texts that almost match, the input that makes
// a backtracking regular expression take exponential time. Prints the time per match for texts growing
// tenfold: linear growth shows there is no backtracking. A regex translation of the same kind of
// pattern is timed beside it on short texts only (it would not finish on longer ones).
//
//   npx tsx scripts/bench-string-matches.ts
import { compileStringMatches } from '../src/runtime/choice/string-matches.js';

/** `*a*a…*a*c*b`: the text 'aaa…ab' matches every `a` at once, then lacks the `c`. */
const patternOf = (wildcards: number): string => `${'*a'.repeat(wildcards)}*c*b`;
const textOf = (length: number): string => `${'a'.repeat(length)}b`;

function time(run: () => boolean, repeat: number): number {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) if (run()) throw new Error('unexpected match');
  return (performance.now() - start) / repeat;
}

const WILDCARDS = 1_000;
const matches = compileStringMatches(patternOf(WILDCARDS));
console.log(`StringMatches '*a*a…*a*c*b' (${String(WILDCARDS + 2)} wildcards) against 'aaa…ab' (no match), node ${process.version}`);
for (const length of [10_000, 100_000, 1_000_000, 10_000_000]) {
  const text = textOf(length);
  const ms = time(() => matches(text), length >= 1_000_000 ? 3 : 20);
  console.log(`${length.toLocaleString('en').padStart(12)} chars: ${ms.toFixed(3).padStart(9)} ms per match`);
}

console.log('\nThe same kind of pattern as a backtracking regex `^(.*a){k}.*c.*b$` (time grows like length^k):');
for (const [wildcards, length] of [[2, 500], [2, 1000], [3, 100], [3, 200]] as const) {
  const regex = new RegExp(`^${'.*a'.repeat(wildcards)}.*c.*b$`, 'su');
  const text = textOf(length);
  const ms = time(() => regex.test(text), 3);
  const ours = time(() => compileStringMatches(patternOf(wildcards))(text), 3);
  console.log(`k=${String(wildcards)}, ${String(length).padStart(4)} chars: regex ${ms.toFixed(2).padStart(9)} ms, StringMatches ${ours.toFixed(4)} ms`);
}
