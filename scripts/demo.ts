// The main job: compile the batch-job workflow written in TypeScript (examples/batch-job/workflow.ts)
// to ASL with toAsl(), which validates it, print it, run it with mocked tasks on the virtual clock and
// print the result and the states it visited.
import { batchJob } from '../examples/batch-job/workflow.js';
import { execute } from '../src/runtime/index.js';

const definition = batchJob.toAsl();
console.log(batchJob.toJson());

const statuses = ['RUNNING', 'SUCCEEDED'];
const result = await execute(definition, {
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
