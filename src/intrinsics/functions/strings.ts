import { IntrinsicFunctionError, invalidArguments, stringArg, type Invocation } from './invocation.js';
import { javaText } from './java-text.js';

/** A parsed `States.Format` template: literal text around `{}` placeholders. */
type TemplatePart = { readonly text: string } | { readonly placeholder: true };

const ESCAPABLE = new Set(["'", '{', '}', '\\']);

function badTemplate(detail: string): IntrinsicFunctionError {
  return new IntrinsicFunctionError(`Invalid template in States.Format: ${detail}`);
}

/** Splits a template as AWS does: `{}` is a placeholder, `\{` `\}` `\\` `\'` are literal, any other brace fails. */
function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      text += next;
      i++;
    } else if (c === '{') {
      if (next !== '}') throw badTemplate("matching '}' not found for '{'.");
      parts.push({ text }, { placeholder: true });
      text = '';
      i++;
    } else if (c === '}') {
      throw badTemplate("matching '{' not found for '}'.");
    } else {
      text += c;
    }
  }
  parts.push({ text });
  return parts;
}

/**
 * `States.Format(template, …values)`: each `{}` takes the next value, rendered as Java prints it
 * (`null`, `1.5`, `{a=1}`, `[1, 2]`); the counts must match. A literal template is read as
 * written, so `\{` stays a brace.
 */
export function format(call: Invocation): string {
  const template = stringArg(call, 0);
  const node = call.nodes[0];
  const parts = parseTemplate(node?.kind === 'string' ? node.raw : template);
  const values = call.args.slice(1);
  if (parts.filter((part) => 'placeholder' in part).length !== values.length) throw invalidArguments(call);
  let next = 0;
  return parts.map((part) => ('placeholder' in part ? javaText(values[next++]) : part.text)).join('');
}

/**
 * `States.StringSplit(string, delimiters)`: Java's `StringTokenizer`, so every character of
 * `delimiters` splits and empty tokens are dropped (`',,a,'` gives `['a']`).
 */
export function stringSplit(call: Invocation): string[] {
  const input = stringArg(call, 0);
  const delimiters = new Set(stringArg(call, 1));
  const tokens: string[] = [];
  let token = '';
  for (const c of input) {
    if (!delimiters.has(c)) {
      token += c;
    } else if (token !== '') {
      tokens.push(token);
      token = '';
    }
  }
  if (token !== '') tokens.push(token);
  return tokens;
}
