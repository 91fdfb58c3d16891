import type { JsonObject, JsonValue } from '../asl/index.js';
import { conditions } from './conditions.js';
import type { Condition } from './conditions.js';
import { link, updateState, type Graph, type Slot } from './graph.js';
import type { Refinements } from './narrow.js';
import { defined } from './defined.js';

/** The ASL fields of a Choice state, before its rules are added. */
export function choiceState(o: { readonly comment?: string; readonly inputPath?: string | null; readonly outputPath?: string | null }): JsonObject {
  return defined({ Type: 'Choice', Comment: o.comment, InputPath: o.inputPath, OutputPath: o.outputPath, Choices: [] });
}

/** A branch chain at run time: its graph and open ends. */
export interface BranchChain {
  readonly graph: Graph;
  readonly open: readonly Slot[];
}

/** The untyped `build` callback of `.choice()`. */
export type ChoiceBuild = (choice: ChoiceRules) => ChoiceRules;

type Then = string | ((chain: BranchChain) => BranchChain);

/** The options of a rule, as the implementation reads them. */
interface RuleFields {
  readonly comment?: string;
  readonly assign?: JsonObject;
  readonly output?: JsonValue;
}

/** The implementation behind the typed `ChoiceBuilder`: rules added to the Choice state in the graph. */
class ChoiceRules {
  constructor(
    readonly name: string,
    readonly graph: Graph,
    /** The open ends of the branches (and of the default): what flows on after the choice. */
    readonly open: readonly Slot[],
    private readonly branch: (graph: Graph, open: readonly Slot[]) => BranchChain,
  ) {
    Object.assign(this, conditions());
    Object.freeze(this);
  }

  when(condition: Condition<Refinements>, then: Then, options: RuleFields = {}): ChoiceRules {
    let index = 0;
    const rule = defined({ ...(condition.expression as JsonObject), Comment: options.comment, Assign: options.assign, Output: options.output });
    const graph = updateState(this.graph, this.name, (state) => {
      const rules = state.Choices as JsonObject[];
      index = rules.length;
      return { ...state, Choices: [...rules, rule] };
    });
    if (typeof then === 'string') return this.with(link(graph, [{ kind: 'rule', state: this.name, index }], then), this.open);
    const built = then(this.branch(graph, [{ kind: 'rule', state: this.name, index }]));
    return this.with(built.graph, [...this.open, ...built.open]);
  }

  otherwise(target?: string): ChoiceRules {
    if (target === undefined) return this.with(this.graph, [...this.open, { kind: 'default', state: this.name }]);
    return this.with(link(this.graph, [{ kind: 'default', state: this.name }], target), this.open);
  }

  private with(graph: Graph, open: readonly Slot[]): ChoiceRules {
    return new ChoiceRules(this.name, graph, open, this.branch);
  }
}

/** Runs `build` on the (already added) Choice state `name`; returns the graph and what flows on. */
export function choiceRules(name: string, graph: Graph, build: ChoiceBuild, branch: (graph: Graph, open: readonly Slot[]) => BranchChain): BranchChain {
  const built = build(new ChoiceRules(name, graph, [], branch));
  return { graph: built.graph, open: built.open };
}

export type { ChoiceRules };
