import { describe, expect, it } from 'vitest';
import { AslError, execute } from '../../src/runtime/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const mapOf = (map: Record<string, unknown>) => ({ StartAt: 'Each', States: { Each: { Type: 'Map', End: true, ...map } } });
const processor = (mode?: 'DISTRIBUTED') => ({
  ...(mode === undefined ? {} : { ProcessorConfig: { Mode: mode, ExecutionType: 'STANDARD' } }),
  StartAt: 'Work',
  States: { Work: { Type: 'Task', Resource: LAMBDA, End: true } },
});
const failOdd = (input: unknown) => {
  if (typeof input === 'number' && input % 2 === 1) throw new AslError('Odd', `item ${String(input)}`);
  return input;
};

describe('Map', () => {
  it('fails an inline Map with the error of its first failing iteration', async () => {
    const result = await execute(mapOf({ ItemProcessor: processor() }), { input: [2, 3, 4], tasks: { Work: failOdd } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Odd', cause: 'item 3' });
    expect(result.events.map((e) => e.type)).toContain('MapIterationFailed');
  });

  it('tolerates failures up to ToleratedFailurePercentage in distributed mode, then fails the threshold', async () => {
    const tolerant = await execute(mapOf({ ItemProcessor: processor('DISTRIBUTED'), ToleratedFailurePercentage: 50 }), {
      input: [1, 2, 4, 6],
      tasks: { Work: failOdd },
    });
    expect(tolerant.status).toBe('SUCCEEDED');
    expect(tolerant.events.map((e) => e.type)).toEqual(expect.arrayContaining(['MapRunStarted', 'MapRunSucceeded']));

    const strict = await execute(mapOf({ ItemProcessor: processor('DISTRIBUTED'), ToleratedFailureCount: 1 }), {
      input: [1, 3, 5],
      tasks: { Work: failOdd },
    });
    expect(strict).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
  });

  it('groups items with ItemBatcher and adds BatchInput', async () => {
    const result = await execute(
      mapOf({
        ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } },
        ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'tag.$': '$.tag' } },
        ItemsPath: '$.items',
      }),
      { input: { items: [1, 2, 3], tag: 'x' } },
    );
    expect(result.output).toEqual([
      { BatchInput: { tag: 'x' }, Items: [1, 2] },
      { BatchInput: { tag: 'x' }, Items: [3] },
    ]);
  });

  it('fails with States.Runtime when ItemsPath selects neither an array nor an object', async () => {
    for (const items of ['nope', 7, null, true]) {
      const result = await execute(mapOf({ ItemProcessor: processor(), ItemsPath: '$.items' }), { input: { items } });
      expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
      expect(result.cause).toContain("An error occurred while executing the state 'Each'");
      expect(result.cause).toContain(`Map state input must be an array but was: ${items === null ? 'null' : typeof items}`);
    }
  });

  describe('over a JSON object (ItemsPath selecting an object)', () => {
    const echo = { StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } };
    const servers = { web: { port: 80 }, db: { port: 5432 }, cache: { port: 6379 } };

    it('runs one iteration per key-value pair, whose input is { Key, Value }, in key order', async () => {
      const result = await execute(mapOf({ ItemProcessor: echo, ItemsPath: '$.servers' }), { input: { servers } });
      expect(result).toMatchObject({
        status: 'SUCCEEDED',
        output: [
          { Key: 'web', Value: { port: 80 } },
          { Key: 'db', Value: { port: 5432 } },
          { Key: 'cache', Value: { port: 6379 } },
        ],
      });
      expect(result.events.find((e) => e.type === 'MapStateStarted')).toMatchObject({ mapStateStartedEventDetails: { length: 3 } });
    });

    it('gives ItemSelector $$.Map.Item.Key, .Value (the value alone) and .Index', async () => {
      const result = await execute(
        mapOf({
          ItemProcessor: echo,
          ItemsPath: '$.servers',
          ItemSelector: { 'name.$': '$$.Map.Item.Key', 'port.$': '$$.Map.Item.Value.port', 'at.$': '$$.Map.Item.Index', 'env.$': '$.env' },
        }),
        { input: { env: 'prod', servers } },
      );
      expect(result.output).toEqual([
        { name: 'web', port: 80, at: 0, env: 'prod' },
        { name: 'db', port: 5432, at: 1, env: 'prod' },
        { name: 'cache', port: 6379, at: 2, env: 'prod' },
      ]);
    });

    it('has no $$.Map.Item.Key when iterating an array', async () => {
      const result = await execute(mapOf({ ItemProcessor: echo, ItemSelector: { 'key.$': '$$.Map.Item.Key' } }), { input: [1] });
      expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
      expect(result.cause).toContain('$$.Map.Item.Key');
    });

    it('gives an empty array for an empty object, and batches entries with ItemBatcher', async () => {
      expect((await execute(mapOf({ ItemProcessor: echo }), { input: {} })).output).toEqual([]);
      const batched = await execute(
        mapOf({ ItemProcessor: { ...echo, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } }, ItemBatcher: { MaxItemsPerBatch: 2 } }),
        { input: { a: 1, b: 2, c: 3 } },
      );
      expect(batched.output).toEqual([{ Items: [{ Key: 'a', Value: 1 }, { Key: 'b', Value: 2 }] }, { Items: [{ Key: 'c', Value: 3 }] }]);
    });
  });

  it('gives an empty array for no items, without running the processor', async () => {
    const result = await execute(mapOf({ ItemProcessor: processor() }), { input: [] });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: [] });
  });

  it('retries the whole Map state when a retrier matches', async () => {
    let calls = 0;
    const result = await execute(mapOf({ ItemProcessor: processor(), Retry: [{ ErrorEquals: ['Flaky'], MaxAttempts: 1 }] }), {
      input: [1],
      tasks: {
        Work: () => {
          calls++;
          if (calls === 1) throw new AslError('Flaky');
          return 'ok';
        },
      },
    });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: ['ok'] });
    expect(calls).toBe(2);
  });
});
