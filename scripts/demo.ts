// The main job: validate the batch-job example and print its ASL.
import { readFile } from 'node:fs/promises';
import { validate } from '../src/index.js';

const file = new URL('../examples/batch-job/batch-job.asl.json', import.meta.url);
const text = await readFile(file, 'utf8');
const diagnostics = validate(text);

for (const d of diagnostics) console.error(`${d.severity} ${d.code} ${d.message} (#${d.path})`);
if (diagnostics.some((d) => d.severity === 'ERROR')) {
  console.error('batch-job: invalid');
  process.exit(1);
}
console.log(JSON.stringify(JSON.parse(text), null, 2));
console.error(`batch-job: valid (${diagnostics.length} warnings)`);
