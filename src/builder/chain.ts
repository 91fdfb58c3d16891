import type { z } from 'zod';
import type { JsonObject, StateMachine } from '../asl/index.js';
import { choiceRules, choiceState, type ChoiceBuild } from './choice-rules.js';
import { failState, type FailFields } from './fail.js';
import { addState, emptyGraph, link, merge, type Graph, type Slot } from './graph.js';
import { mapState, type MapFields } from './map.js';
import { parallelState, type ParallelFields } from './parallel.js';
import { passState, type PassFields } from './pass.js';
import { withQueryFields, type QueryFields } from './jsonata-options.js';
import { toBranch, toStateMachine, type MachineOptions } from './serialize.js';
import { succeedState, type SucceedFields } from './succeed.js';
import { taskState, type TaskFields } from './task.js';
import { waitState, type WaitFields } from './wait.js';
import type { ToAslOptions } from './workflow.js';

/** What a chain knows at run time besides its graph. */
export interface ChainMeta extends MachineOptions {
  readonly name: string | undefined;
  readonly input: unknown;
}

/** The implementation behind the typed `Workflow` interface. */
export class Chain {
  constructor(
    readonly graph: Graph,
    /** Where the next state goes: the slots that lead to it. */
    readonly open: readonly Slot[],
    readonly meta: ChainMeta,
  ) {
    Object.freeze(this);
  }

  get name(): string | undefined {
    return this.meta.name;
  }

  pass(name: string, options?: PassFields & QueryFields): Chain {
    return this.add(name, withQueryFields(passState(options), options), true);
  }

  task(name: string, options: TaskFields & QueryFields): Chain {
    return this.add(name, withQueryFields(taskState(options), options), true, options.result);
  }

  parallel(name: string, build: (branch: Chain) => readonly Chain[], options: ParallelFields & QueryFields = {}): Chain {
    return this.withInner(name, build, (branches) => withQueryFields(parallelState(options, branches.map((branch) => toBranch(branch.graph))), options));
  }

  map(name: string, options: MapFields & QueryFields & { readonly processor: (item: Chain) => Chain }): Chain {
    const { processor, ...fields } = options;
    return this.withInner(name, (start) => [processor(start)], (branches) => withQueryFields(mapState(fields, toBranch(branches[0]?.graph ?? emptyGraph)), fields));
  }

  wait(name: string, options: WaitFields & QueryFields): Chain {
    return this.add(name, withQueryFields(waitState(options), options), true);
  }

  succeed(name: string, options?: SucceedFields & QueryFields): Chain {
    return this.add(name, withQueryFields(succeedState(options), options), false);
  }

  fail(name: string, options?: FailFields & QueryFields): Chain {
    return this.add(name, withQueryFields(failState(options), options), false);
  }

  choice(name: string, build: ChoiceBuild, options: Parameters<typeof choiceState>[0] & QueryFields = {}): Chain {
    const withChoice = this.add(name, withQueryFields(choiceState(options), options), false);
    const built = choiceRules(name, withChoice.graph, build, (graph, open) => new Chain(graph, open, this.meta));
    return new Chain(built.graph, built.open, this.meta);
  }

  end(): Chain {
    const unended = this.open.find((slot) => slot.kind !== 'next');
    if (unended) throw new Error(unended.kind === 'start' ? 'Nothing to end: the chain has no state' : `Choice "${unended.state}": a rule or default cannot end the workflow; add a state to its branch`);
    return new Chain(this.graph, [], this.meta);
  }

  goto(target: string): Chain {
    return new Chain(link(this.graph, this.open, target), [], this.meta);
  }

  next(fragment: Chain): Chain {
    if (fragment.graph.startAt === undefined) throw new Error('Cannot continue with an empty fragment');
    const joined = merge(this.graph, fragment.graph);
    return new Chain(link(joined, this.open, fragment.graph.startAt), fragment.open, this.meta);
  }

  toAsl(options: ToAslOptions = {}): StateMachine {
    return toStateMachine(this.graph, this.meta, options.validate ?? true);
  }

  toJson(): string {
    return JSON.stringify(this.toAsl(), null, 2);
  }

  /** Adds state `name` built from inner chains (Parallel branches, a Map processor), whose Task result schemas join the graph's. */
  private withInner(name: string, build: (start: Chain) => readonly Chain[], state: (inner: readonly Chain[]) => JsonObject): Chain {
    const inner = build(startChain({ name: undefined, input: undefined }));
    const added = this.add(name, state(inner), true);
    const results = new Map([...added.graph.results, ...inner.flatMap((chain) => [...chain.graph.results])]);
    return new Chain({ ...added.graph, results }, added.open, this.meta);
  }

  private add(name: string, state: JsonObject, flows: boolean, result?: z.ZodType): Chain {
    const graph = link(addState(this.graph, name, state, result), this.open, name);
    return new Chain(graph, flows ? [{ kind: 'next', state: name }] : [], this.meta);
  }
}

/** A chain with no state yet, whose first state becomes `StartAt`. */
export function startChain(meta: ChainMeta): Chain {
  return new Chain(emptyGraph, [{ kind: 'start' }], meta);
}
