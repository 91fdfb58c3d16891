/** What a placeholder may be replaced with, as in SAM's and CloudFormation's `DefinitionSubstitutions`. */
export type Substitutions = Readonly<Record<string, string | number | boolean>>;

/** A definition with its `${Name}` placeholders replaced, and the names of those that had no value. */
export interface Substituted {
  readonly value: unknown;
  readonly unresolved: readonly string[];
}

const PLACEHOLDER = /\$\{([^}]+)\}/g;

/**
 * Replaces `${Name}` in every string of a definition (keys stay as they are). A string that is
 * exactly one placeholder of a number or boolean becomes that number or boolean; elsewhere values
 * are written as text. Placeholders without a value stay, and are listed in `unresolved`.
 */
export function substitute(value: unknown, substitutions: Substitutions): Substituted {
  const unresolved = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return replaceIn(node, substitutions, unresolved);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, walk(inner)]));
    return node;
  };
  return { value: walk(value), unresolved: [...unresolved] };
}

function replaceIn(text: string, substitutions: Substitutions, unresolved: Set<string>): unknown {
  const whole = /^\$\{([^}]+)\}$/.exec(text)?.[1];
  if (whole !== undefined && Object.hasOwn(substitutions, whole)) return substitutions[whole];
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (!Object.hasOwn(substitutions, name)) {
      unresolved.add(name);
      return placeholder;
    }
    return String(substitutions[name]);
  });
}
