import * as path from 'node:path';
import { parseArgs } from 'node:util';

export interface ConformanceArgs {
  readonly casesDir: string;
  readonly json: boolean;
  /** Run only cases with one of these tags (all when empty). */
  readonly tags: readonly string[];
  /** Run only cases whose id contains this. */
  readonly id: string | undefined;
  /** Run only the executor's subset. */
  readonly subsetOnly: boolean;
  readonly timeoutMs: number;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run conformance -- [--cases DIR] [--json] [--filter TAG]... [--id SUBSTRING] [--subset] [--timeout MS]

  --cases DIR      folder of case files (default ../shared/conformance/cases beside the repository)
  --json           print a machine-readable summary instead of the report
  --filter TAG     run only cases with this tag (repeatable: any of them)
  --id SUBSTRING   run only cases whose id contains SUBSTRING
  --subset         run only the executor's subset (JSONPath, no JSONata, no variables)
  --timeout MS     fail a case that runs longer (default 5000)`;

/** Reads the command line; `root` is the repository, which the default cases folder sits beside. */
export function parseConformanceArgs(argv: readonly string[], root: string): ConformanceArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cases: { type: 'string' },
      json: { type: 'boolean', default: false },
      filter: { type: 'string', multiple: true, default: [] },
      id: { type: 'string' },
      subset: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '5000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const timeoutMs = Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new TypeError(`--timeout must be a positive whole number of milliseconds, not "${values.timeout}"`);
  return {
    casesDir: values.cases === undefined ? path.resolve(root, '../shared/conformance/cases') : path.resolve(values.cases),
    json: values.json,
    tags: values.filter,
    id: values.id,
    subsetOnly: values.subset,
    timeoutMs,
    help: values.help,
  };
}
