import type { JsonObject } from '../internal/json-object.js';

/** Every state of a definition, at any depth (names are unique across the machine). */
export interface NestedScopes {
  readonly states: Record<string, JsonObject>;
  /** The Parallel or Map state whose branch (or processor) starts at each inner `StartAt`. */
  readonly containerOf: ReadonlyMap<string, string>;
  /** The states where each Parallel's branches and each Map's processor give back their output. */
  readonly exits: ReadonlyMap<string, readonly string[]>;
}

const FLOWING = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);

/** The states of `definition` and of its Parallel branches and Map processors, flattened. */
export function nestedScopes(definition: JsonObject): NestedScopes {
  const states: Record<string, JsonObject> = Object.create(null) as Record<string, JsonObject>;
  const containerOf = new Map<string, string>();
  const exits = new Map<string, string[]>();
  const visit = (scope: JsonObject, container: string | undefined): void => {
    const inner = scope.States as Record<string, JsonObject>;
    if (container !== undefined) {
      containerOf.set(scope.StartAt as string, container);
      const ends = Object.keys(inner).filter((name) => inner[name]?.Type === 'Succeed' || (FLOWING.has(inner[name]?.Type as string) && inner[name]?.End === true));
      exits.set(container, [...(exits.get(container) ?? []), ...ends]);
    }
    for (const [name, state] of Object.entries(inner)) {
      states[name] = state;
      for (const branch of (state.Branches as JsonObject[] | undefined) ?? []) visit(branch, name);
      const processor = (state.ItemProcessor ?? state.Iterator) as JsonObject | undefined;
      if (processor !== undefined) visit(processor, name);
    }
  };
  visit(definition, undefined);
  return { states, containerOf, exits };
}
