import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { importSubject, importSubjects, repositoryRoot } from '../support/import-round-trip.js';
import { distributedMachine, jsonataMachine, variablesMachine } from '../support/import-definitions.js';
import { loyaltyDiscount } from '../../examples/loyalty-discount/workflow.js';
import { jsonataRuleCatcherMachine, jsonPathRuleCatcherMachine } from './rule-catcher-definitions.js';

// Type-checking every generated module takes about 30 s (`npm run import:report` does it and prints
// the figures); this test checks the examples, every module of the known failures and every 10th other one.
const floor = JSON.parse(readFileSync(new URL('../import-floor.json', import.meta.url), 'utf8')) as { typeCheckFailures: Record<string, string> };
const known = new Set(Object.keys(floor.typeCheckFailures));
const generated = importSubjects()
  .map(importSubject)
  .flatMap((item) => ('source' in item ? [item] : []));
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:F';
/** Loops, data written then read, and nesting, which the recorded cases hardly have. */
const loops = [
  {
    id: 'loop-poll',
    definition: {
      StartAt: 'Call',
      States: {
        Call: { Type: 'Task', Resource: LAMBDA, ResultPath: '$.r', Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.r.status', StringEquals: 'DONE', Next: 'Done' }], Default: 'Pause' },
        Pause: { Type: 'Wait', Seconds: 5, Next: 'Call' },
        Done: { Type: 'Succeed', OutputPath: '$.r.value' },
      },
    },
  },
  {
    id: 'loop-replace',
    definition: {
      StartAt: 'Call',
      States: {
        Call: { Type: 'Task', Resource: LAMBDA, Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.more', BooleanEquals: true, Next: 'Call' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
  },
  {
    id: 'loop-counter',
    definition: {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Result: { count: 0 }, Next: 'Loop' },
        Loop: { Type: 'Pass', Parameters: { 'count.$': 'States.MathAdd($.count, 1)' }, Next: 'Again?' },
        'Again?': { Type: 'Choice', Choices: [{ Variable: '$.count', NumericLessThan: 3, Next: 'Loop' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
  },
  {
    id: 'nested-parallel-map-catch',
    definition: {
      StartAt: 'Fan out',
      States: {
        'Fan out': {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Left', States: { Left: { Type: 'Task', Resource: LAMBDA, TimeoutSecondsPath: '$.limit', End: true } } },
            {
              StartAt: 'Which?',
              States: {
                'Which?': { Type: 'Choice', InputPath: '$.order', OutputPath: '$.kind', Choices: [{ Variable: '$.kind', StringEquals: 'big', Comment: 'big', Next: 'Big' }], Default: 'Small' },
                Big: { Type: 'Pass', End: true },
                Small: { Type: 'Pass', Result: 'small', End: true },
              },
            },
          ],
          ResultPath: '$.both',
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
          Next: 'Each',
        },
        Each: {
          Type: 'Map',
          ItemsPath: '$.lines',
          ItemSelector: { 'sku.$': '$$.Map.Item.Value.sku', 'at.$': '$$.Map.Item.Index', 'run.$': '$.run' },
          ItemProcessor: { StartAt: 'Price', States: { Price: { Type: 'Task', Resource: LAMBDA, Parameters: { 'sku.$': '$.sku.code' }, ResultSelector: { 'p.$': '$.price' }, End: true } } },
          ResultPath: '$.prices',
          Next: 'Check',
        },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.prices[0].p', NumericGreaterThan: 3, Next: 'Done' }, { Variable: '$.error.Cause', IsPresent: true, Next: 'Done' }], Default: 'Done' },
        Failed: { Type: 'Pass', Next: 'Check' },
        Done: { Type: 'Succeed', OutputPath: '$.prices' },
      },
    },
  },
].map(importSubject).flatMap((item) => ('source' in item ? [item] : []));
/** JSONata states, variables, a Distributed Map's reader, batcher and writer, Choice rule and catcher options. */
const languages = [
  { id: 'jsonata-machine', definition: jsonataMachine },
  { id: 'variables-machine', definition: variablesMachine },
  { id: 'distributed-machine', definition: distributedMachine },
  { id: 'loyalty-discount', definition: loyaltyDiscount.toAsl() },
  { id: 'json-path-rule-catcher', definition: jsonPathRuleCatcherMachine },
  { id: 'jsonata-rule-catcher', definition: jsonataRuleCatcherMachine },
].map(importSubject).flatMap((item) => ('source' in item ? [item] : []));
const sample = [...generated.filter((item, index) => item.id.startsWith('examples/') || known.has(item.id) || index % 10 === 0), ...loops, ...languages];

describe('generated modules type-check', () => {
  it('with the builder types, except the known cases the types reject (test/import-floor.json)', { timeout: 120_000 }, () => {
    const project = new Project({ tsConfigFilePath: join(repositoryRoot, 'tsconfig.json'), skipAddingFilesFromTsConfig: true });
    const files = sample.map((item) => project.createSourceFile(join(repositoryRoot, 'temp', 'type-check', `${item.id.replaceAll('/', '_')}.ts`), item.source));
    const failing = new Map<string, string[]>();
    files.forEach((file, index) => {
      const messages = project.getProgram().getSemanticDiagnostics(file).map((d) => {
        const text = d.getMessageText();
        return typeof text === 'string' ? text : text.getMessageText();
      });
      if (messages.length > 0) failing.set(sample[index]?.id ?? '', messages);
    });
    expect(sample.length).toBeGreaterThan(known.size);
    expect(loops).toHaveLength(4);
    expect(languages).toHaveLength(6);
    expect([...failing.keys()].sort(), JSON.stringify([...failing], null, 1)).toEqual([...known].filter((id) => sample.some((g) => g.id === id)).sort());
  });
});
