/** Appends one reference token to a JSON pointer (RFC 6901 escaping). */
export function pointer(base: string, token: string | number): string {
  const text = String(token);
  return `${base}/${text.includes('~') || text.includes('/') ? text.replaceAll('~', '~0').replaceAll('/', '~1') : text}`;
}

/** Splits a JSON pointer into its unescaped reference tokens. */
export function pointerTokens(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}
