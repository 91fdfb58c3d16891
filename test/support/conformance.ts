import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared/conformance`, beside the repository, as CI lays it out. */
export const conformanceRoot = fileURLToPath(new URL('../../../shared/conformance/', import.meta.url));

/**
 * Reads every JSON file of one conformance folder. A missing folder fails under CI and is an
 * announced skip (an empty list) elsewhere.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape of the recordings (AWS data, read as trusted)
export function readConformance<T>(folder: 'cases' | 'validation' | 'test-state'): { name: string; data: T }[] {
  const dir = `${conformanceRoot}${folder}`;
  if (!existsSync(dir)) {
    if (process.env.CI) throw new Error(`Conformance folder ${dir} is missing; CI needs ../shared beside the repository`);
    console.warn(`Skipping conformance/${folder}: ${dir} is missing (../shared is not beside the repository)`);
    return [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, data: JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as T }));
}

/**
 * Cases whose stored definition is not the one AWS ran: the recorder replaced the template's `_tbd_`
 * (a JSONata `Items` expression, as the recorded EvaluationFailed events show) with a Lambda ARN,
 * leaving `"Items": "arn:…"`, which AWS refuses.
 */
export const ITEMS_REPLACED_BY_RECORDER: ReadonlySet<string> = new Set([
  'scenarios-map-state-items-eval-jsonata-empty',
  'scenarios-map-state-items-eval-jsonata-fail-function',
  'scenarios-map-state-items-eval-jsonata-fail-null',
  'scenarios-map-state-items-eval-jsonata-fail-number',
  'scenarios-map-state-items-eval-jsonata-fail-string',
  'scenarios-map-state-items-eval-jsonata-mixed',
  'scenarios-map-state-items-eval-jsonata-singleton',
]);
