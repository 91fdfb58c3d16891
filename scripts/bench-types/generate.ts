// Generates the workflows that scripts/bench-types.ts type-checks: chains of task, pass and wait
// states with a Choice every 10th state (a fail branch, a loop back to a wait, a default), one
// state a line, each task writing a new key (5 levels deep when `deep`).

/** What to generate. */
export interface ChainSpec {
  /** States in the chain (choices included, their fail branches not). */
  readonly states: number;
  /** Write the task results at `$.l1.l2.l3.l4.kN` instead of `$.kN`. */
  readonly deep?: boolean;
  /** Put a wrong path in this state (1-based): the benchmark reports where tsc puts the error. */
  readonly badState?: number;
  /**
   * Build it from fragments of this many states, each a statement of its own whose input is an
   * interface written out (as a team would type a fragment), not `OutputOf<typeof previous>`.
   */
  readonly fragmentSize?: number;
  /** Let the first this-many Pass states assign a variable each (`assign`), which each later Task reads in its `parameters` (chains only). */
  readonly variables?: number;
}

interface Cursor {
  lastTask: string | undefined;
  lastWait: string | undefined;
  /** The task keys written so far. */
  keys: string[];
  /** Whether a pass has written `$.meta.last`. */
  meta: boolean;
  /** The variables assigned so far, and how many more to assign. */
  vars: string[];
  varsLeft: number;
}

const HEADER = `import { z } from 'zod';
import { fragment, workflow } from 'statewright';

const Item = z.object({ v: z.number(), status: z.enum(['SUBMITTED', 'RUNNING', 'SUCCEEDED', 'FAILED']) });
interface Input { jobName: string; wait_time: number }
`;

/** The source of one benchmark file. */
export function generate(spec: ChainSpec): string {
  const prefix = spec.deep === true ? '$.l1.l2.l3.l4.' : '$.';
  const cursor: Cursor = { lastTask: undefined, lastWait: undefined, keys: [], meta: false, vars: [], varsLeft: spec.variables ?? 0 };
  const lines = [HEADER];
  const size = spec.fragmentSize ?? spec.states;
  const parts: string[] = [];
  for (let start = 1; start <= spec.states; start += size) {
    const part = `part${parts.length + 1}`;
    const input = parts.length === 0 ? 'Input' : `Input${parts.length + 1}`;
    if (parts.length > 0) lines.push(inputInterface(input, cursor, spec.deep === true));
    cursor.lastWait = undefined;
    lines.push(spec.fragmentSize === undefined ? `export const wf = workflow<Input>('Bench')` : `const ${part} = fragment<${input}>()`);
    for (let i = start; i < start + size && i <= spec.states; i++) lines.push(`  ${stateLine(i, prefix, cursor, spec.badState === i)}`);
    if (spec.fragmentSize === undefined) lines.push(`  .succeed('Done');`);
    else lines.push('  ;');
    parts.push(part);
  }
  if (spec.fragmentSize !== undefined) lines.push(`export const wf = workflow<Input>('Bench')${parts.map((p) => `.next(${p})`).join('')}.succeed('Done');`);
  lines.push('export const json = wf.toJson();', '');
  return lines.join('\n');
}

// The payload after the states so far: the input, the task keys (under l1.l2.l3.l4 when deep), meta.
function inputInterface(name: string, cursor: Cursor, deep: boolean): string {
  const keys = cursor.keys.map((k) => `k${k}: z.infer<typeof Item>`).join('; ');
  const tasks = deep ? `l1: { l2: { l3: { l4: { ${keys} } } } }` : keys;
  return `interface ${name} extends Input { ${tasks}; ${cursor.meta ? 'meta: { last: { n: 1 } }' : ''} }`;
}

function stateLine(i: number, prefix: string, cursor: Cursor, bad: boolean): string {
  const key = (n: string): string => `${prefix}k${n}`;
  if (i % 10 === 0 && cursor.lastTask !== undefined && cursor.lastWait !== undefined) {
    const status = `${key(cursor.lastTask)}.status`;
    return `.choice('Choice ${i}', (c) => c.when(c.stringEquals('${status}', 'FAILED'), (b) => b.fail('Failed ${i}', { error: 'JobFailed' })).when(c.stringEquals('${status}', 'RUNNING'), 'Wait ${cursor.lastWait}').otherwise())`;
  }
  const kind = (i - 1) % 3;
  if (kind === 0 || cursor.lastTask === undefined) {
    const inputPath = cursor.lastTask === undefined ? '$' : key(cursor.lastTask);
    cursor.lastTask = String(i);
    cursor.keys.push(String(i));
    const lastVar = cursor.vars.at(-1);
    const parameters = lastVar === undefined ? '' : ` parameters: { 'v.$': '$${lastVar}' },`;
    return `.task('Task ${i}', { resource: 'arn:aws:lambda:us-east-1:123456789012:function:T${i}', inputPath: '${inputPath}${bad ? '.nope' : ''}',${parameters} result: Item, resultPath: '${key(String(i))}' })`;
  }
  if (kind === 1) cursor.meta = true;
  if (kind === 1 && cursor.varsLeft > 0) {
    cursor.varsLeft -= 1;
    cursor.vars.push(`v${i}`);
    return `.pass('Pass ${i}', { result: { n: 1 }, resultPath: '$.meta.last', assign: { 'v${i}.$': '$.n' } })`;
  }
  if (kind === 1) return `.pass('Pass ${i}', { result: { n: 1 }, resultPath: '$.meta.last${bad ? '[0]' : ''}' })`;
  cursor.lastWait = String(i);
  return `.wait('Wait ${i}', { secondsPath: '${key(cursor.lastTask)}.v${bad ? 'v' : ''}' })`;
}
