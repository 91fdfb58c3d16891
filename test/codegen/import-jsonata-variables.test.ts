import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importAsl } from 'statewright/codegen';
import { loyaltyDiscount } from '../../examples/loyalty-discount/workflow.js';
import { distributedMachine, jsonataMachine, variablesMachine } from '../support/import-definitions.js';
import { aslOf, scratchFolder } from '../support/import-round-trip.js';

const folder = scratchFolder('import-jsonata-');
afterAll(() => folder.dispose());

let loaded = 0;
/** Imports `definition`, loads the generated module; its source and module. */
async function imported(definition: unknown): Promise<{ source: string; module: Record<string, unknown> }> {
  loaded += 1;
  const source = importAsl(definition, { name: 'Imported' });
  return { source, module: (await import(folder.write(`jsonata-${loaded}`, source))) as Record<string, unknown> };
}

/** The keys of a generated object schema, nested keys as `a.b` (array elements as `a[]`). */
function schemaKeys(schema: unknown, prefix = ''): string[] {
  const json = schema as { type?: string; properties?: Record<string, unknown>; items?: unknown };
  if (json.type === 'array') return schemaKeys(json.items, `${prefix}[]`);
  return Object.entries(json.properties ?? {}).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaKeys(value, `${prefix}${key}.`)]);
}

describe('importAsl: JSONata states', () => {
  it('gives back a JSONata machine: arguments, output, assign, items, itemSelector, conditions, expressions in Wait, Fail and numbers', async () => {
    const { source, module } = await imported(jsonataMachine);
    expect(aslOf(module)).toStrictEqual(jsonataMachine);
    expect(source).toContain(`import { condition, workflow } from 'statewright';`);
    expect(source).toContain(`queryLanguage: 'JSONata'`);
    expect(source).toContain(`.when(condition('{% $count($priced) > 2 %}'), (b) => b`);
    expect(source).toContain(`.wait('Pause', { seconds: '{% $states.input.order.delay %}', assign: { tries: '{% $tries + 1 %}' } })`);
    expect(source).toContain(`.fail('Give up', { error: '{% $states.input.order.error %}', cause: '{% "after " & $string($tries) %}' })`);
  });

  it('types the input and the task results with the plain references the expressions read, through Output and Items', async () => {
    const { source, module } = await imported(jsonataMachine);
    // `$states.input.order.id` is read by Load; `lines` reaches the Map's `Items` through Load's Output
    // from its result, whose `sku` the Map's ItemSelector reads. Computed expressions are not followed.
    expect(schemaKeys(z.toJSONSchema(module.ImportedInput as z.ZodType))).toEqual(['order', 'order.id']);
    expect(source).toMatch(/result: z\.object\(\{\s*Payload: z\.object\(\{ customer: z\.unknown\(\), lines: z\.array\(z\.object\(\{ sku: z\.unknown\(\) \}\)\) \}\),\s*\}\)/);
  });

  it('reads a Map item only in the ItemSelector of a Map (elsewhere the context has no item)', async () => {
    const definition = {
      QueryLanguage: 'JSONata',
      StartAt: 'Keep',
      States: { Keep: { Type: 'Pass', Output: { v: '{% $states.context.Map.Item.Value.x %}' }, End: true } },
    };
    const { source, module } = await imported(definition);
    expect(aslOf(module)).toStrictEqual(definition);
    expect(source).toContain('export const ImportedInput = z.looseObject({});');
  });

  it('gives back the loyalty-discount example (JSONata, variables, a Map over the input, conditions)', async () => {
    const { module } = await imported(loyaltyDiscount.toAsl());
    expect(aslOf(module)).toStrictEqual(loyaltyDiscount.toAsl());
  });
});

describe('importAsl: workflow variables', () => {
  it('gives back Assign on Pass, Task, Wait, Choice, Parallel and Map, and a JSONata state in a JSONPath machine', async () => {
    const { source, module } = await imported(variablesMachine);
    expect(aslOf(module)).toStrictEqual(variablesMachine);
    expect(source).toContain(`.pass('Keep', { assign: { 'orderId.$': '$.order.id', count: 0 } })`);
    expect(source).toContain(`.otherwise(), { assign: { 'checked.$': '$.call.total' } })`);
    expect(source).toContain(`queryLanguage: 'JSONata',`);
  });

  it('types what Assign reads: the input through a Pass, a task result through its ResultSelector', async () => {
    const { source, module } = await imported(variablesMachine);
    expect(schemaKeys(z.toJSONSchema(module.ImportedInput as z.ZodType))).toEqual(['order', 'order.id', 'order.lines']);
    expect(source).toContain(`result: z.object({ Payload: z.object({ total: z.unknown() }) }),`);
  });
});

describe('importAsl: Distributed Map', () => {
  it('gives back itemReader, itemBatcher and resultWriter with camelCase options and templates as written', async () => {
    const { source, module } = await imported(distributedMachine);
    expect(aslOf(module)).toStrictEqual(distributedMachine);
    expect(source).toContain(`readerConfig: { inputType: 'CSV', csvHeaderLocation: 'FIRST_ROW', maxItems: 100 },`);
    expect(source).toContain(`itemBatcher: { maxItemsPerBatch: 10, batchInput: { 'run.$': '$.run' } },`);
    expect(source).toContain(`writerConfig: { transformation: 'COMPACT', outputType: 'JSONL' },`);
  });

  it('types the input with what the reader, batcher and writer templates read, not as the array of items', async () => {
    const { module } = await imported(distributedMachine);
    expect(schemaKeys(z.toJSONSchema(module.ImportedInput as z.ZodType))).toEqual(['bucket', 'parallelism', 'run', 'tolerance']);
  });
});
