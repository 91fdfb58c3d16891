/**
 * A statewright workflow as found among a module's exports. Detected by shape, not `instanceof`, so a
 * workflow made by another copy of statewright (the user's node_modules, not the CLI's) is found too:
 * an object with a string `name` and `toAsl`/`toJson` methods, which is what `workflow()` returns. A
 * fragment (`fragment()`, `task()`, …) has no name and is skipped.
 */
export interface ExportedWorkflow {
  readonly name: string;
  readonly toAsl: (options?: { readonly validate?: boolean }) => unknown;
}

/** True for a value shaped as a workflow (see {@link ExportedWorkflow}). */
export function isExportedWorkflow(value: unknown): value is ExportedWorkflow {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<'name' | 'toAsl' | 'toJson', unknown>>;
  return typeof candidate.name === 'string' && typeof candidate.toAsl === 'function' && typeof candidate.toJson === 'function';
}

/** A workflow with where it was found. */
export interface FoundWorkflow {
  readonly workflow: ExportedWorkflow;
  /** The file whose exports hold it (the first one, when several re-export it). */
  readonly file: string;
  /** Its export names in that file (`default` for a default export). */
  readonly exportNames: readonly string[];
}

/** The workflows among a module's exports, each object once however many names export it. */
export function workflowsOf(module: Readonly<Record<string, unknown>>, file: string): FoundWorkflow[] {
  const found = new Map<ExportedWorkflow, string[]>();
  for (const [exportName, value] of Object.entries(module)) {
    if (!isExportedWorkflow(value)) continue;
    const names = found.get(value) ?? [];
    names.push(exportName);
    found.set(value, names);
  }
  return [...found].map(([workflow, exportNames]) => ({ workflow, file, exportNames }));
}
