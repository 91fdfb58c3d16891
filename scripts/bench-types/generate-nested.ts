// Generates the nested workflows of scripts/bench-types.ts: blocks of Parallel/Map nesting 3 deep
// (a Parallel whose first branch holds a Map whose processor holds a Parallel, a few states at each
// level), one after another in one chain, after Pass states assigning variables that every level reads.
// Each block's result holds the Map's results and a small object, not the block's input: a result
// holding its input would double the payload type at every block (TS7056 on the export at 4 blocks).

/** What to generate. */
export interface NestedSpec {
  /** Nesting blocks in the chain, each of {@link STATES_PER_BLOCK} states. */
  readonly blocks: number;
  /** Pass states before the blocks, each assigning one variable; the blocks read the last one at every level. */
  readonly variables?: number;
}

/** States in one block: 3 nesting states and 11 inside them. */
export const STATES_PER_BLOCK = 14;

/** States in the workflow of `spec` (the final Succeed not counted, as in the chains). */
export function nestedStates(spec: NestedSpec): number {
  return spec.blocks * STATES_PER_BLOCK + (spec.variables ?? 0);
}

const HEADER = `import { z } from 'zod';
import { workflow } from 'statewright';

const Item = z.object({ v: z.number(), status: z.enum(['SUBMITTED', 'RUNNING', 'SUCCEEDED', 'FAILED']) });
interface Input { jobName: string; wait_time: number; items: { sku: string; qty: number }[] }
`;

const FN = (name: string): string => `'arn:aws:lambda:us-east-1:123456789012:function:${name}'`;

/** The source of one benchmark file. */
export function generateNested(spec: NestedSpec): string {
  const lines = [HEADER, `export const wf = workflow<Input>('Bench')`];
  let lastVar: string | undefined;
  for (let i = 1; i <= (spec.variables ?? 0); i++) {
    lastVar = `v${i}`;
    lines.push(`  .pass('Assign ${i}', { assign: { '${lastVar}.$': '$.wait_time' } })`);
  }
  const read = lastVar === undefined ? '' : `, 'x.$': '$${lastVar}'`;
  for (let n = 1; n <= spec.blocks; n++) lines.push(...block(n, read));
  lines.push(`  .succeed('Done');`, 'export const json = wf.toJson();', '');
  return lines.join('\n');
}

// One block, a state a line: Parallel > (branch 1: Task, Pass, Map > (Task, Pass, Parallel > (Task, Wait | Pass, Succeed)), Wait | branch 2: Task, Pass).
function block(n: number, read: string): string[] {
  return [
    `  .parallel('Outer ${n}', (p) => [`,
    `    p.task('Task ${n}.1', { resource: ${FN(`A${n}`)}, result: Item, resultPath: '$.t1' })`,
    `      .pass('Pass ${n}.1', { parameters: { 'n.$': '$.t1.v'${read} }, resultPath: '$.p1' })`,
    `      .map('Map ${n}', { itemsPath: '$.items', resultPath: '$.mapped', processor: (m) => m`,
    `        .task('Task ${n}.2', { resource: ${FN(`B${n}`)}, result: Item, resultPath: '$.t2' })`,
    `        .pass('Pass ${n}.2', { parameters: { 'v.$': '$.t2.v', 'sku.$': '$.sku'${read} }, resultPath: '$.p2' })`,
    `        .parallel('Inner ${n}', (q) => [`,
    `          q.task('Task ${n}.3', { resource: ${FN(`C${n}`)}, inputPath: '$.t2', result: Item }).wait('Wait ${n}.3', { secondsPath: '$.v' }),`,
    `          q.pass('Pass ${n}.3', { parameters: { 's.$': '$.t2.status', 'q.$': '$.qty'${read} } }).succeed('Done ${n}.3'),`,
    `        ], { resultPath: '$.inner' }) })`,
    `      .wait('Wait ${n}.1', { secondsPath: '$.t1.v', outputPath: '$.mapped' }),`,
    `    p.task('Task ${n}.4', { resource: ${FN(`D${n}`)}, result: Item })`,
    `      .pass('Pass ${n}.4', { parameters: { 'st.$': '$.status'${read} } }),`,
    `  ], { resultPath: '$.out${n}' })`,
  ];
}
