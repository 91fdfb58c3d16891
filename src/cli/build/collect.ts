import { relative } from 'node:path';
import type { FoundWorkflow } from '../load/workflow-exports.js';

/** A name exported by several distinct workflows, with where each comes from. */
export interface DuplicateName {
  readonly name: string;
  readonly found: readonly FoundWorkflow[];
}

/**
 * The workflows of all entries, each object once (an entry re-exporting another's workflow adds
 * nothing), and the names that distinct workflows share.
 */
export function collectWorkflows(perFile: readonly (readonly FoundWorkflow[])[]): { unique: FoundWorkflow[]; duplicates: DuplicateName[] } {
  const seen = new Set<unknown>();
  const byName = new Map<string, FoundWorkflow[]>();
  for (const found of perFile.flat()) {
    if (seen.has(found.workflow)) continue;
    seen.add(found.workflow);
    byName.set(found.workflow.name, [...(byName.get(found.workflow.name) ?? []), found]);
  }
  const unique: FoundWorkflow[] = [];
  const duplicates: DuplicateName[] = [];
  for (const [name, found] of byName) {
    if (found.length === 1 && found[0] !== undefined) unique.push(found[0]);
    else duplicates.push({ name, found });
  }
  return { unique, duplicates };
}

/** `a.ts (export batchJob) and b.ts (export default)` */
export function describeSources(found: readonly FoundWorkflow[], cwd: string): string {
  return found.map((f) => `${relative(cwd, f.file)} (export ${f.exportNames.join(', ')})`).join(' and ');
}
