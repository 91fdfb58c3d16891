import { describe, expect, it } from 'vitest';
import {
  findOptimizedIntegration,
  INTEGRATION_PATTERNS,
  OPTIMIZED_INTEGRATIONS,
  parseResource,
  patternSuffix,
  PARTITIONS,
} from '../../src/integrations/index.js';

describe('OPTIMIZED_INTEGRATIONS', () => {
  it('covers every service of the AWS optimized-integrations table, plus the HTTP Task and S3 for Distributed Map', () => {
    const services = new Set(OPTIMIZED_INTEGRATIONS.map((i) => i.service));
    expect([...services].sort()).toEqual([
      'apigateway', 'athena', 'batch', 'bedrock', 'codebuild', 'databrew', 'dynamodb', 'ecs', 'eks',
      'elasticmapreduce', 'emr-containers', 'emr-serverless', 'events', 'glue', 'http', 'lambda',
      'mediaconvert', 's3', 'sagemaker', 'sns', 'sqs', 'states',
    ]);
  });

  it('lists each service:action once, request-response first', () => {
    const keys = OPTIMIZED_INTEGRATIONS.map((i) => `${i.service}:${i.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const i of OPTIMIZED_INTEGRATIONS) expect(i.patterns[0]).toBe('request-response');
  });

  it('gives .sync:2 to states:startExecution only', () => {
    const withSync2 = OPTIMIZED_INTEGRATIONS.filter((i) => i.patterns.includes('sync:2')).map((i) => `${i.service}:${i.action}`);
    expect(withSync2).toEqual(['states:startExecution']);
  });

  it('matches the service pages on which patterns each action takes', () => {
    const patterns = (service: string, action: string) => findOptimizedIntegration(service, action)?.patterns;
    expect(patterns('lambda', 'invoke')).toEqual(['request-response', 'waitForTaskToken']);
    expect(patterns('states', 'startExecution')).toEqual(['request-response', 'sync', 'sync:2', 'waitForTaskToken']);
    expect(patterns('ecs', 'runTask')).toEqual(['request-response', 'sync', 'waitForTaskToken']);
    expect(patterns('dynamodb', 'updateItem')).toEqual(['request-response']);
    expect(patterns('athena', 'getQueryResults')).toEqual(['request-response']);
    expect(patterns('emr-containers', 'createVirtualCluster')).toEqual(['request-response']);
    expect(patterns('http', 'invoke')).toEqual(['request-response']);
    expect(findOptimizedIntegration('dynamodb', 'query')).toBeUndefined();
    expect(findOptimizedIntegration('Lambda', 'invoke')).toBeUndefined();
  });

  it('round-trips: every catalogue entry with every pattern it lists parses as itself', () => {
    for (const i of OPTIMIZED_INTEGRATIONS) {
      for (const pattern of i.patterns) {
        const arn = `arn:aws:states:::${i.service}:${i.action}${patternSuffix(pattern)}`;
        const parsed = parseResource(arn, i.usage);
        if (i.service === 'http') expect(parsed).toMatchObject({ kind: 'http', pattern });
        else expect(parsed).toMatchObject({ kind: 'optimized', service: i.service, action: i.action, pattern, usage: i.usage });
      }
      for (const pattern of INTEGRATION_PATTERNS.filter((p) => !i.patterns.includes(p))) {
        expect(parseResource(`arn:aws:states:::${i.service}:${i.action}${patternSuffix(pattern)}`, i.usage).kind).toBe('invalid');
      }
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(OPTIMIZED_INTEGRATIONS)).toBe(true);
    expect(Object.isFrozen(OPTIMIZED_INTEGRATIONS[0])).toBe(true);
    expect(Object.isFrozen(OPTIMIZED_INTEGRATIONS[0]?.patterns)).toBe(true);
    expect(Object.isFrozen(PARTITIONS)).toBe(true);
  });
});
