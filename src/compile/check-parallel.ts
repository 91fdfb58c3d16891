import { BranchSchema } from '../asl/index.js';
import { isJsonObject, jsonTypeName } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { checkContainer, tooDeep } from './check-container.js';
import type { CheckContext } from './context.js';

/** Checks each Parallel branch as a scope of its own. */
export function checkParallel(ctx: CheckContext, state: Record<string, unknown>, path: string, depth: number): void {
  const branches = state.Branches;
  const branchesPath = pointer(path, 'Branches');
  if (branches === undefined || tooDeep(ctx, path, depth)) return; // a missing field is reported by the schema
  if (!Array.isArray(branches)) {
    ctx.report.schema(branchesPath, `The value of 'Branches' must be an array, got ${jsonTypeName(branches)}`);
    return;
  }
  if (branches.length === 0) ctx.report.schema(branchesPath, "'Branches' must contain at least one branch");
  branches.forEach((branch, index) => {
    const branchPath = pointer(branchesPath, index);
    if (isJsonObject(branch)) checkContainer(ctx, BranchSchema, branch, branchPath, depth + 1);
    else ctx.report.schema(branchPath, `A branch must be an object, got ${jsonTypeName(branch)}`);
  });
}
