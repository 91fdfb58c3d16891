// The main job: validate the batch-job example, print its ASL, run it with mocked tasks on the
// virtual clock and print the result and the states it visited.
import { readFile } from 'node:fs/promises';
import { validate } from '../src/index.js';
import { execute } from '../src/runtime/index.js';

const file = new URL('../examples/batch-job/batch-job.asl.json', import.meta.url);
const text = await readFile(file, 'utf8');
const diagnostics = validate(text);
for (const d of diagnostics) console.error(`${d.severity} ${d.code} ${d.message} (#${d.path})`);
if (diagnostics.some((d) => d.severity === 'ERROR')) {
  console.error('batch-job: invalid');
  process.exit(1);
}
console.log(JSON.stringify(JSON.parse(text), null, 2));

const statuses = ['RUNNING', 'SUCCEEDED'];
const result = await execute(text, {
  input: { jobName: 'nightly', wait_time: 30 },
  tasks: {
    'Submit Job': () => 'guid-1',
    'Get Job Status': () => statuses.shift() ?? 'SUCCEEDED',
    'Get Final Job Status': () => 'SUCCEEDED',
  },
});
const visited = result.events.flatMap((event) => (event.type.endsWith('StateEntered') && event.stateEnteredEventDetails ? [event.stateEnteredEventDetails.name] : []));
const seconds = (result.stopDate.getTime() - result.startDate.getTime()) / 1000;
console.log(`\nstatus: ${result.status}`);
console.log(`output: ${JSON.stringify(result.output)}`);
console.log(`visited: ${visited.join(' → ')}`);
console.log(`workflow time: ${seconds} s (virtual), ${result.events.length} history events`);
if (result.status !== 'SUCCEEDED') process.exit(1);
