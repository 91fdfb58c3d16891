import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importAsl } from 'statewright/codegen';
import { aslOf, scratchFolder } from '../support/import-round-trip.js';
import { jsonataRuleCatcherMachine, jsonPathRuleCatcherMachine } from './rule-catcher-definitions.js';

const folder = scratchFolder('import-rule-catcher-');
afterAll(() => folder.dispose());

let loaded = 0;
/** Imports `definition`, loads the generated module; its source and module. */
async function imported(definition: unknown): Promise<{ source: string; module: Record<string, unknown> }> {
  loaded += 1;
  const source = importAsl(definition, { name: 'Imported' });
  return { source, module: (await import(folder.write(`rule-catcher-${loaded}`, source))) as Record<string, unknown> };
}

/** The keys of a generated object schema, nested keys as `a.b`. */
function schemaKeys(schema: unknown, prefix = ''): string[] {
  const json = schema as { properties?: Record<string, unknown> };
  return Object.entries(json.properties ?? {}).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaKeys(value, `${prefix}${key}.`)]);
}

describe('importAsl: Choice rule options and catcher options', () => {
  it('JSONPath: writes a rule’s comment and assign and a catcher’s assign, and gives the definition back', async () => {
    const { source, module } = await imported(jsonPathRuleCatcherMachine);
    expect(aslOf(module)).toStrictEqual(jsonPathRuleCatcherMachine);
    expect(source).toContain(`.when(c.numericGreaterThan('$.amount', 100), (b) => b`);
    expect(source).toMatch(/\.end\(\), \{ comment: 'big', assign: \{ size: 'big', 'seen\.\$': '\$\.customer\.name' \} \}\)/);
    expect(source).toMatch(/resultPath: '\$\.error',\s*assign: \{\s*'cause\.\$': '\$\.Cause',\s*'order\.\$': '\$orderId',\s*'tier\.\$': '\$\$\.Execution\.Input\.customer\.tier',\s*\},\s*comment: 'declined',/);
  });

  it('JSONPath: types the input with what rule and catcher assigns read (the effective input; the execution input)', async () => {
    const { module } = await imported(jsonPathRuleCatcherMachine);
    expect(schemaKeys(z.toJSONSchema(module.ImportedInput as z.ZodType))).toEqual(['amount', 'customer', 'customer.name', 'customer.tier', 'id']);
  });

  it('JSONata: writes a rule’s output and assign and a catcher’s output and assign, and gives the definition back', async () => {
    const { source, module } = await imported(jsonataRuleCatcherMachine);
    expect(aslOf(module)).toStrictEqual(jsonataRuleCatcherMachine);
    expect(source).toMatch(/\.end\(\), \{\s*comment: 'big',\s*assign: \{ flagged: true \},\s*output: \{ review: '\{% \$states\.input\.customer %\}' \},\s*\}\)/);
    expect(source).toContain(`output: { order: '{% $states.input.order %}', why: '{% $states.errorOutput.Cause %}' },`);
    expect(source).toContain(`assign: { failedId: '{% $states.input.id %}' },`);
  });

  it('JSONata: follows what a target reads back through the rule’s or catcher’s Output to the input', async () => {
    const { module } = await imported(jsonataRuleCatcherMachine);
    // `customer.name` reaches Review only as `review.name` of the rule's Output; `order.ref` reaches
    // Declined only through the catcher's Output.
    expect(schemaKeys(z.toJSONSchema(module.ImportedInput as z.ZodType))).toEqual(['customer', 'customer.name', 'id', 'order', 'order.ref']);
  });
});
