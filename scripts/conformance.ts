// Runs the recorded AWS executions of ../shared/conformance/cases through the executor and reports
// what matches (issue 4, "Conformance runner"): npm run conformance -- --help
import * as path from 'node:path';
import { startExecution } from '../src/runtime/index.js';
import { parseConformanceArgs, USAGE } from './conformance/args.js';
import { loadCases } from './conformance/case-file.js';
import { formatReport, summarize } from './conformance/report.js';
import { runCases } from './conformance/run-case.js';
import { selectCases } from './conformance/select.js';

const root = path.resolve(import.meta.dirname, '..');

let args;
try {
  args = parseConformanceArgs(process.argv.slice(2), root);
} catch (e) {
  console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const cases = selectCases(loadCases(args.casesDir), args);
if (cases.length === 0) {
  console.error(`No cases selected from ${args.casesDir}`);
  process.exit(2);
}
const outcomes = await runCases(cases, { start: startExecution, timeoutMs: args.timeoutMs });
const summary = summarize(outcomes, args.casesDir);
console.log(args.json ? JSON.stringify(summary, null, 2) : formatReport(summary));
process.exitCode = summary.failed > 0 ? 1 : 0;
