import type { Reporter } from './reporter.js';

/** The two query languages of ASL. */
export type QueryLanguage = 'JSONPath' | 'JSONata';

/** What every check needs: where to report, and facts about the whole machine. */
export interface CheckContext {
  readonly report: Reporter;
  readonly machineType: 'STANDARD' | 'EXPRESS';
  /** The machine's top-level language, which every state inherits (also inside branches and processors). */
  readonly topLanguage: QueryLanguage;
  /** Every state name seen so far, machine-wide, with the pointer of its first definition. */
  readonly stateNames: Map<string, string>;
  /** Every Map `Label` seen so far, machine-wide. */
  readonly labels: Set<string>;
}

/** A transition out of a state, for the graph checks of its scope. */
export interface Transition {
  readonly target: string;
  /** Pointer of the field that names the target (`Next`, `Default`, a rule's or catcher's `Next`). */
  readonly path: string;
}

/** What the graph checks learn about one state. */
export interface StateSummary {
  readonly transitions: Transition[];
  readonly terminal: boolean;
}
