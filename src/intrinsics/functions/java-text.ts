// AWS evaluates intrinsics on Java values: these render JSON values as Java and Jackson do.

const LONG_LIMIT = 2 ** 63;

/**
 * A number as Java prints it: integers in the `long` range in full, other values as
 * `Double.toString` does (`1.5`, `1.0E-7`, `1.0E21`).
 *
 * @example
 * javaNumberText(0.0000001); // '1.0E-7'
 */
export function javaNumberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < LONG_LIMIT) return BigInt(n).toString();
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) return String(n);
  // Scientific form: shortest digits, `E`, no `+`, always a fraction digit.
  const [mantissa = '', exponent = ''] = n.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`;
}

/**
 * A value as Java's `String.valueOf` prints it after AWS converted the JSON to Java objects:
 * strings bare, `null`, maps as `{k=v, …}`, lists as `[a, b]`. `States.Format` uses it.
 *
 * @example
 * javaText({ Arg1: 1, Arg2: [] }); // '{Arg1=1, Arg2=[]}'
 */
export function javaText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return javaNumberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(javaText).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([k, v]) => `${k}=${javaText(v)}`).join(', ')}}`;
  }
  return 'null';
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

// Jackson escapes quotes, backslashes and control characters only, with upper-case hex.
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/g;

function jacksonString(s: string): string {
  const escaped = s.replace(
    NEEDS_ESCAPE,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}

/**
 * Compact JSON text as Jackson writes it (`States.JsonToString`): no spaces, keys in order,
 * numbers as Java prints them.
 *
 * @example
 * jacksonJson({ a: [1, 'x'] }); // '{"a":[1,"x"]}'
 */
export function jacksonJson(value: unknown): string {
  if (typeof value === 'string') return jacksonString(value);
  if (typeof value === 'number') return javaNumberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(jacksonJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([k, v]) => `${jacksonString(k)}:${jacksonJson(v)}`).join(',')}}`;
  }
  return 'null';
}
