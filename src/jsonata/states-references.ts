import type { JsonataAst } from './parse.js';
import { forEachNode } from './walk-ast.js';

/** What an expression reads of the reserved `$states` variable. */
export interface StatesReferences {
  /** Members read as `$states.<name>` (`input`, `result`, `errorOutput`, `context`, or any other name written). */
  readonly fields: ReadonlySet<string>;
  /** True when `$states` is used other than through a member (`$states`, `$states[0]`). */
  readonly whole: boolean;
}

/**
 * Walks a jsonata syntax tree for uses of `$states`. Strings and comments don't count,
 * since they are not in the tree.
 *
 * @example
 * import jsonata from 'jsonata';
 * statesReferences(jsonata('$states.input.a & $states.result').ast()); // { fields: Set {'input', 'result'}, whole: false }
 */
export function statesReferences(ast: JsonataAst): StatesReferences {
  const fields = new Set<string>();
  const heads = new Set<object>();
  let whole = false;
  forEachNode(ast, (record) => {
    if (record['type'] === 'path' && Array.isArray(record['steps'])) {
      const [head, member] = record['steps'] as unknown[];
      if (isStatesVariable(head)) {
        heads.add(head);
        const name = memberName(member);
        if (name === undefined) whole = true;
        else fields.add(name);
      }
    } else if (isStatesVariable(record) && !heads.has(record)) {
      whole = true;
    }
  });
  return { fields, whole };
}

function isStatesVariable(node: unknown): node is object {
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  return record['type'] === 'variable' && record['value'] === 'states';
}

function memberName(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  const value = record['value'];
  return (record['type'] === 'name' || record['type'] === 'string') && typeof value === 'string' ? value : undefined;
}
