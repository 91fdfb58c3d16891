import { describe, expect, it } from 'vitest';
import {
  BranchSchema,
  CONTAINER_FIELDS,
  ItemProcessorSchema,
  QUERY_LANGUAGES,
  STATE_TYPES,
  StateMachineSchema,
  stateSchemas,
  type QueryLanguage,
  type StateType,
} from '../../src/asl/index.js';

const kinds = STATE_TYPES.flatMap((type) => QUERY_LANGUAGES.map((language) => [type, language] as const));

const fieldsOf = (type: StateType, language: QueryLanguage): string[] => Object.keys(stateSchemas[type][language].shape).sort();
const requiredOf = (shape: Readonly<Record<string, { safeParse(value: unknown): { success: boolean } }>>): string[] =>
  Object.keys(shape).filter((field) => !shape[field]?.safeParse(undefined).success);

/** The fields AWS allows on each kind, per language (DG state pages; Assign everywhere but Succeed and Fail). */
const EXPECTED: Record<StateType, Record<QueryLanguage, string>> = {
  Pass: {
    JSONPath: 'Assign Comment End InputPath Next OutputPath Parameters QueryLanguage Result ResultPath Type',
    JSONata: 'Assign Comment End Next Output QueryLanguage Type',
  },
  Task: {
    JSONPath:
      'Assign Catch Comment Credentials End HeartbeatSeconds HeartbeatSecondsPath InputPath Next OutputPath Parameters QueryLanguage Resource ResultPath ResultSelector Retry TimeoutSeconds TimeoutSecondsPath Type',
    JSONata: 'Arguments Assign Catch Comment Credentials End HeartbeatSeconds Next Output QueryLanguage Resource Retry TimeoutSeconds Type',
  },
  Choice: {
    JSONPath: 'Assign Choices Comment Default InputPath OutputPath QueryLanguage Type',
    JSONata: 'Assign Choices Comment Default Output QueryLanguage Type',
  },
  Wait: {
    JSONPath: 'Assign Comment End InputPath Next OutputPath QueryLanguage Seconds SecondsPath Timestamp TimestampPath Type',
    JSONata: 'Assign Comment End Next Output QueryLanguage Seconds Timestamp Type',
  },
  Succeed: { JSONPath: 'Comment InputPath OutputPath QueryLanguage Type', JSONata: 'Comment Output QueryLanguage Type' },
  Fail: { JSONPath: 'Cause CausePath Comment Error ErrorPath QueryLanguage Type', JSONata: 'Cause Comment Error QueryLanguage Type' },
  Parallel: {
    JSONPath: 'Assign Branches Catch Comment End InputPath Next OutputPath Parameters QueryLanguage ResultPath ResultSelector Retry Type',
    JSONata: 'Arguments Assign Branches Catch Comment End Next Output QueryLanguage Retry Type',
  },
  Map: {
    JSONPath:
      'Assign Catch Comment End InputPath ItemBatcher ItemProcessor ItemReader ItemSelector ItemsPath Iterator Label MaxConcurrency MaxConcurrencyPath Next OutputPath Parameters QueryLanguage ResultPath ResultSelector ResultWriter Retry ToleratedFailureCount ToleratedFailureCountPath ToleratedFailurePercentage ToleratedFailurePercentagePath Type',
    JSONata:
      'Assign Catch Comment End ItemBatcher ItemProcessor ItemReader ItemSelector Items Iterator Label MaxConcurrency Next Output QueryLanguage ResultWriter Retry ToleratedFailureCount ToleratedFailurePercentage Type',
  },
};

describe('stateSchemas', () => {
  it('has one strict schema per kind and query language, with exactly the fields AWS allows', () => {
    expect(Object.keys(stateSchemas).sort()).toEqual([...STATE_TYPES].sort());
    for (const [type, language] of kinds) {
      expect(fieldsOf(type, language), `${type} ${language}`).toEqual(EXPECTED[type][language].split(' ').sort());
    }
  });

  it('lets every field schema run on its own, and requires only Type and the kind’s mandatory fields', () => {
    const required: Partial<Record<StateType, string[]>> = { Task: ['Resource'], Choice: ['Choices'], Parallel: ['Branches'] };
    for (const [type, language] of kinds) {
      expect(requiredOf(stateSchemas[type][language].shape), `${type} ${language}`).toEqual(['Type', ...(required[type] ?? [])]);
    }
  });

  it('rejects unknown fields and the other language’s fields', () => {
    for (const [type, language] of kinds) {
      const schema = stateSchemas[type][language];
      const result = schema.safeParse({ Type: type, Frobnicate: 1 });
      expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
    }
    expect(stateSchemas.Task.JSONata.safeParse({ Type: 'Task', Resource: 'arn:x', ResultPath: '$.r', End: true }).success).toBe(false);
    expect(stateSchemas.Pass.JSONPath.safeParse({ Type: 'Pass', Output: 1, End: true }).success).toBe(false);
    expect(stateSchemas.Map.JSONata.shape.ItemsPath).toBeUndefined();
    expect(stateSchemas.Map.JSONPath.shape.Items).toBeUndefined();
  });

  it('keeps Retry and Catch to Task, Parallel and Map, and Assign away from Succeed and Fail', () => {
    for (const [type, language] of kinds) {
      const shape = stateSchemas[type][language].shape;
      expect('Retry' in shape && 'Catch' in shape, `${type} ${language}`).toBe(['Task', 'Parallel', 'Map'].includes(type));
      expect('Assign' in shape, `${type} ${language}`).toBe(!['Succeed', 'Fail'].includes(type));
      expect('TimeoutSeconds' in shape, `${type} ${language}`).toBe(type === 'Task');
    }
  });

  it('checks the type of the Type field', () => {
    expect(stateSchemas.Wait.JSONPath.shape.Type.safeParse('Wait').success).toBe(true);
    expect(stateSchemas.Wait.JSONPath.shape.Type.safeParse('Pass').success).toBe(false);
  });
});

describe('containers', () => {
  it('names the fields that hold nested scopes', () => {
    expect(CONTAINER_FIELDS).toEqual(['Branches', 'ItemProcessor', 'Iterator']);
  });

  it('gives branches, processors and the machine the fields AWS allows (no QueryLanguage on branches or processors)', () => {
    expect(Object.keys(BranchSchema.shape).sort()).toEqual(['Comment', 'StartAt', 'States']);
    expect(Object.keys(ItemProcessorSchema.shape).sort()).toEqual(['Comment', 'ProcessorConfig', 'StartAt', 'States']);
    expect(Object.keys(StateMachineSchema.shape).sort()).toEqual(['Comment', 'QueryLanguage', 'StartAt', 'States', 'TimeoutSeconds', 'Version']);
    expect(requiredOf(StateMachineSchema.shape)).toEqual(['StartAt', 'States']);
    expect(requiredOf(BranchSchema.shape)).toEqual(['StartAt', 'States']);
  });

  it('refuses QueryLanguage on a branch and on an item processor', () => {
    const scope = { StartAt: 'A', States: { A: { Type: 'Succeed' } } };
    expect(BranchSchema.safeParse(scope).success).toBe(true);
    expect(BranchSchema.safeParse({ ...scope, QueryLanguage: 'JSONata' }).success).toBe(false);
    expect(ItemProcessorSchema.safeParse({ ...scope, QueryLanguage: 'JSONata' }).success).toBe(false);
  });

  it('requires ExecutionType for a distributed processor', () => {
    const { ProcessorConfig } = ItemProcessorSchema.shape;
    expect(ProcessorConfig.safeParse({ Mode: 'INLINE' }).success).toBe(true);
    expect(ProcessorConfig.safeParse({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }).success).toBe(true);
    expect(ProcessorConfig.safeParse({ Mode: 'DISTRIBUTED' }).error?.issues[0]?.message).toBe("The field 'ExecutionType' is required but was missing");
    expect(ProcessorConfig.safeParse({ Mode: 'PARALLEL' }).success).toBe(false);
  });
});
