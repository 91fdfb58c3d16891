/** How a string found in a definition must parse. */
export type StringRule = 'dynamic' | 'path' | 'reference' | 'reference-or-intrinsic';

/** A path-like string of a definition, with the JSON pointer where it sits. */
export interface FoundString {
  readonly pointer: string;
  readonly value: string;
  readonly rule: StringRule;
}

const PATH_FIELDS: Readonly<Record<string, StringRule>> = {
  InputPath: 'path',
  OutputPath: 'path',
  ResultPath: 'reference',
  ItemsPath: 'reference',
  Variable: 'reference',
  ErrorPath: 'reference-or-intrinsic',
  CausePath: 'reference-or-intrinsic',
};

/** Fields whose content is a payload template (or static data), never a path field. */
const TEMPLATES = new Set(['Parameters', 'ResultSelector', 'ItemSelector', 'Assign', 'Credentials', 'BatchInput', 'Arguments', 'Output', 'Result']);

/**
 * Every `.$` value of a payload template (outside the static `Result`) and every path field
 * (`InputPath`, `ResultPath`, Choice `Variable`, `…Path` comparisons and `SecondsPath`-style fields)
 * of a state machine definition or a single state.
 */
export function pathStrings(root: unknown): FoundString[] {
  const found: FoundString[] = [];
  const walk = (node: unknown, pointer: string, template: boolean, staticResult: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${pointer}/${i}`, template, staticResult);
      });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (typeof value === 'string') {
        if (template && key.endsWith('.$') && !staticResult) found.push({ pointer: at, value, rule: 'dynamic' });
        const rule = template ? undefined : fieldRule(key);
        if (rule !== undefined) found.push({ pointer: at, value, rule });
      } else {
        walk(value, at, template || TEMPLATES.has(key), staticResult || (!template && key === 'Result'));
      }
    }
  };
  walk(root, '', false, false);
  return found;
}

function fieldRule(key: string): StringRule | undefined {
  const known = PATH_FIELDS[key];
  if (known !== undefined) return known;
  // Choice `…Path` comparisons, `SecondsPath`, `MaxItemsPath`, … (not the HTTP Task's `Path` parameter).
  return key.length > 4 && key.endsWith('Path') ? 'reference' : undefined;
}
