import type { ConformanceArgs } from './args.js';
import type { ConformanceCase } from './case-file.js';
import { isExecutorSubset } from './subset.js';

/** The cases the command line asks for: by tag (any of), id substring and subset. */
export function selectCases(cases: readonly ConformanceCase[], args: Pick<ConformanceArgs, 'tags' | 'id' | 'subsetOnly'>): ConformanceCase[] {
  return cases.filter(
    (c) =>
      (args.tags.length === 0 || c.tags.some((t) => args.tags.includes(t))) &&
      (args.id === undefined || c.id.includes(args.id)) &&
      (!args.subsetOnly || isExecutorSubset(c)),
  );
}
