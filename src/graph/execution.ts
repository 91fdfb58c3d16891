import { z } from 'zod';
import type { WorkflowGraph } from './model.js';

/** The part of `statewright run --json` (an `ExecutionResult`) that the graph overlays. */
const ExecutionJsonSchema = z.object({
  status: z.string(),
  error: z.string().optional(),
  cause: z.string().optional(),
  events: z.array(
    z.object({
      type: z.string(),
      stateEnteredEventDetails: z.object({ name: z.string(), input: z.unknown() }).optional(),
      stateExitedEventDetails: z.object({ name: z.string(), output: z.unknown() }).optional(),
    }),
  ),
});

/** One time a state ran: its input, and its output unless it failed or never finished. */
export interface StateVisit {
  readonly input: unknown;
  readonly output?: unknown;
}

/** An execution laid over a graph: each node's visits and the edges the execution took. */
export interface ExecutionOverlay {
  readonly status: string;
  readonly error: string | undefined;
  readonly cause: string | undefined;
  /** Visits per node id, in order. */
  readonly visits: Readonly<Record<string, readonly StateVisit[]>>;
  /** Ids of the edges taken. */
  readonly taken: readonly string[];
}

/** An execution file that is not the output of `statewright run --json`. */
export class ExecutionFileError extends Error {}

/**
 * Lays the result of `statewright run --json` over a graph. An edge counts as taken when the state it
 * leads to is entered right after the state it comes from (a catcher's edge when the state failed on
 * the way); a Parallel or Map state's branch edge when one of its branches starts. Several Choice rules
 * leading to the same state are all marked, as the history does not say which rule matched.
 */
export function overlayExecution(graph: WorkflowGraph, result: unknown): ExecutionOverlay {
  const parsed = ExecutionJsonSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExecutionFileError(`not the output of statewright run --json: ${issue?.message ?? ''} at #/${issue?.path.map(String).join('/') ?? ''}`);
  }
  const ids = new Map(graph.nodes.filter((n) => n.kind !== 'Start' && n.kind !== 'End').map((n) => [n.name, n.id]));
  const visits = new Map<string, { input: unknown; output?: unknown }[]>();
  const taken = new Set<string>();
  const open: string[] = [];
  let last = 'n_start';
  let failedSince = false;
  const take = (from: string, to: string): boolean => {
    const edges = graph.edges.filter((e) => e.from === from && e.to === to);
    const preferred = edges.filter((e) => (e.kind === 'catch') === failedSince);
    for (const edge of preferred.length > 0 ? preferred : edges) taken.add(edge.id);
    return edges.length > 0;
  };
  for (const event of parsed.data.events) {
    const entered = event.stateEnteredEventDetails;
    const exited = event.stateExitedEventDetails;
    if (entered !== undefined) {
      const id = ids.get(entered.name);
      if (id === undefined) continue;
      if (!take(last, id)) for (const owner of open) take(owner, id);
      visits.set(id, [...(visits.get(id) ?? []), { input: entered.input }]);
      if (event.type === 'ParallelStateEntered' || event.type === 'MapStateEntered') open.push(id);
      last = id;
      failedSince = false;
    } else if (exited !== undefined) {
      const id = ids.get(exited.name);
      if (id === undefined) continue;
      const visit = visits.get(id)?.find((v) => !('output' in v));
      if (visit !== undefined) visit.output = exited.output;
      if (open.at(-1) === id) open.pop();
      last = id;
    } else if (/Failed$|TimedOut$/.test(event.type)) {
      failedSince = true;
    }
  }
  if (parsed.data.status === 'SUCCEEDED' || parsed.data.status === 'FAILED') take(last, 'n_end');
  return { status: parsed.data.status, error: parsed.data.error, cause: parsed.data.cause, visits: Object.fromEntries(visits), taken: [...taken] };
}
