// Runs the recorded TestState calls of ../shared/conformance/test-state through testState() (issue 12):
// npx tsx scripts/conformance-test-state.ts [--cases DIR] [--id SUBSTRING] [--json]
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTestStateCases } from './test-state/case-file.js';
import { runTestStateCase } from './test-state/run-case.js';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { cases: { type: 'string' }, id: { type: 'string' }, json: { type: 'boolean' } },
});
const dir = values.cases ?? path.resolve(root, '../shared/conformance/test-state');
const cases = loadTestStateCases(dir).filter((c) => values.id === undefined || c.id.includes(values.id));
const outcomes = [];
for (const c of cases) outcomes.push(await runTestStateCase(c));
const failures = outcomes.filter((o) => !o.pass);
const passed = outcomes.length - failures.length;
if (values.json === true) {
  console.log(JSON.stringify({ casesDir: dir, total: outcomes.length, passed, failed: failures.length, failures }, null, 2));
} else {
  console.log(`TestState conformance: ${outcomes.length} cases from ${dir}`);
  const refused = outcomes.filter((o) => o.messageMatches !== undefined);
  const differing = refused.filter((o) => o.messageMatches === false).map((o) => o.id);
  console.log(`Refusals with AWS's exact message (finer check): ${refused.length - differing.length} of ${refused.length}${differing.length > 0 ? ` (differ: ${differing.join(', ')})` : ''}`);
  if (failures.length > 0) console.log(`\nFailures (${failures.length}):\n${failures.map((f) => `  ${f.id}: ${f.reason ?? ''}`).join('\n')}`);
  console.log(`\n${passed} passed, ${failures.length} failed`);
}
process.exitCode = failures.length > 0 ? 1 : 0;
