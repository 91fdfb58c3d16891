/**
 * Compiles a `StringMatches` pattern: `*` matches any run of characters (none included), `\*` a
 * literal star and `\\` a literal backslash; a backslash before anything else stands for itself.
 *
 * @example
 * compileStringMatches('log-*.txt')('log-2024.txt'); // true
 * compileStringMatches('a\\*b')('a*b');              // true (the JSON text "a\\\\*b")
 */
export function compileStringMatches(pattern: string): (value: string) => boolean {
  const parts = splitPattern(pattern);
  const first = parts[0] as string;
  if (parts.length === 1) return (value) => value === first;
  const last = parts[parts.length - 1] as string;
  const middle = parts.slice(1, -1);
  return (value) => {
    if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
    let pos = first.length;
    const end = value.length - last.length;
    for (const part of middle) {
      const at = value.indexOf(part, pos);
      if (at < 0 || at + part.length > end) return false;
      pos = at + part.length;
    }
    return true;
  };
}

/** The literal texts between unescaped stars (one more than the number of stars). */
function splitPattern(pattern: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      current += pattern[i + 1] as string;
      i++;
    } else if (c === '*') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}
