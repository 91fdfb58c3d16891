/**
 * The workflow variables one fiber sees. The machine has the outer scope; each Parallel branch and
 * Map iteration gets an inner one that reads the outer variables and keeps its own assignments to
 * itself (AWS forbids assigning an outer name inside; the validator refuses such definitions). An
 * outer scope cannot change while an inner one lives: its state is still running.
 */
export class VariableScope {
  // Most scopes (Map iterations especially) never assign: nothing is allocated for them.
  private own: Map<string, unknown> | undefined;
  private cached: Readonly<Record<string, unknown>> | undefined;

  constructor(private readonly outer?: VariableScope) {}

  /** A scope for a Parallel branch or Map iteration inside this one. */
  inner(): VariableScope {
    return new VariableScope(this);
  }

  /** Every variable visible here, inner names over outer ones; the same object until the next assignment. */
  visible(): Readonly<Record<string, unknown>> {
    if (this.cached !== undefined) return this.cached;
    const outer = this.outer === undefined ? EMPTY : this.outer.visible();
    if (this.own === undefined) return outer;
    const values: Record<string, unknown> = { ...outer };
    for (const [name, value] of this.own) values[name] = value;
    this.cached = values;
    return values;
  }

  /** Sets every value of one `Assign` at once. */
  assign(values: Readonly<Record<string, unknown>>): void {
    this.own ??= new Map();
    for (const [name, value] of Object.entries(values)) this.own.set(name, value);
    this.cached = undefined;
  }
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});
