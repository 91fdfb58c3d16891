import { describe, expect, it } from 'vitest';
import { parseResource, type ParsedResource } from '../../src/integrations/index.js';

const NOT_RECOGNIZED = (arn: string) =>
  `The resource provided ${arn} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`;

describe('parseResource: valid resources', () => {
  const cases: [string, Partial<ParsedResource>][] = [
    ['arn:aws:lambda:us-east-1:123456789012:function:Resize', { kind: 'lambda-function', partition: 'aws', region: 'us-east-1', account: '123456789012', functionName: 'Resize' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:Resize:live', { kind: 'lambda-function', functionName: 'Resize', qualifier: 'live' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:Resize:7', { kind: 'lambda-function', qualifier: '7' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:Resize:$LATEST', { kind: 'lambda-function', qualifier: '$LATEST' }],
    ['arn:aws-cn:lambda:cn-north-1:123456789012:function:fn_1-a', { kind: 'lambda-function', partition: 'aws-cn', region: 'cn-north-1' }],
    ['arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:fn', { kind: 'lambda-function', partition: 'aws-us-gov' }],
    ['arn:aws:states:us-east-1:123456789012:activity:approve', { kind: 'activity', region: 'us-east-1', account: '123456789012', name: 'approve' }],
    ['arn:aws:states:eu-west-1:123456789012:activity:my.activity_v2-x', { kind: 'activity', name: 'my.activity_v2-x' }],
    ['arn:aws:states:::lambda:invoke', { kind: 'optimized', service: 'lambda', action: 'invoke', pattern: 'request-response', usage: 'task' }],
    ['arn:aws:states:::lambda:invoke.waitForTaskToken', { kind: 'optimized', pattern: 'waitForTaskToken' }],
    ['arn:aws:states:::batch:submitJob.sync', { kind: 'optimized', service: 'batch', action: 'submitJob', pattern: 'sync' }],
    ['arn:aws:states:::dynamodb:getItem', { kind: 'optimized', service: 'dynamodb', action: 'getItem' }],
    ['arn:aws:states:::dynamodb:deleteItem', { kind: 'optimized', action: 'deleteItem' }],
    ['arn:aws:states:::ecs:runTask.sync', { kind: 'optimized', service: 'ecs', pattern: 'sync' }],
    ['arn:aws:states:::ecs:runTask.waitForTaskToken', { kind: 'optimized', pattern: 'waitForTaskToken' }],
    ['arn:aws:states:::sns:publish.waitForTaskToken', { kind: 'optimized', service: 'sns' }],
    ['arn:aws:states:::sqs:sendMessage', { kind: 'optimized', service: 'sqs' }],
    ['arn:aws:states:::glue:startJobRun.sync', { kind: 'optimized', service: 'glue' }],
    ['arn:aws:states:::databrew:startJobRun.sync', { kind: 'optimized', service: 'databrew' }],
    ['arn:aws:states:::sagemaker:createTrainingJob.sync', { kind: 'optimized', service: 'sagemaker' }],
    ['arn:aws:states:::sagemaker:createEndpoint', { kind: 'optimized', action: 'createEndpoint' }],
    ['arn:aws:states:::elasticmapreduce:addStep.sync', { kind: 'optimized', service: 'elasticmapreduce' }],
    ['arn:aws:states:::emr-containers:startJobRun.sync', { kind: 'optimized', service: 'emr-containers' }],
    ['arn:aws:states:::emr-serverless:cancelJobRun.sync', { kind: 'optimized', service: 'emr-serverless' }],
    ['arn:aws:states:::codebuild:retryBuildBatch.sync', { kind: 'optimized', service: 'codebuild' }],
    ['arn:aws:states:::athena:startQueryExecution.sync', { kind: 'optimized', service: 'athena' }],
    ['arn:aws:states:::eks:runJob.sync', { kind: 'optimized', service: 'eks' }],
    ['arn:aws:states:::eks:call', { kind: 'optimized', action: 'call' }],
    ['arn:aws:states:::apigateway:invoke.waitForTaskToken', { kind: 'optimized', service: 'apigateway' }],
    ['arn:aws:states:::events:putEvents.waitForTaskToken', { kind: 'optimized', service: 'events' }],
    ['arn:aws:states:::states:startExecution', { kind: 'optimized', service: 'states', pattern: 'request-response' }],
    ['arn:aws:states:::states:startExecution.sync', { kind: 'optimized', pattern: 'sync' }],
    ['arn:aws:states:::states:startExecution.sync:2', { kind: 'optimized', pattern: 'sync:2' }],
    ['arn:aws:states:::states:startExecution.waitForTaskToken', { kind: 'optimized', pattern: 'waitForTaskToken' }],
    ['arn:aws:states:::bedrock:invokeModel', { kind: 'optimized', service: 'bedrock' }],
    ['arn:aws:states:::bedrock:createModelCustomizationJob.sync', { kind: 'optimized', pattern: 'sync' }],
    ['arn:aws:states:::mediaconvert:createJob.sync', { kind: 'optimized', service: 'mediaconvert' }],
    ['arn:aws-cn:states:::lambda:invoke', { kind: 'optimized', partition: 'aws-cn' }],
    ['arn:aws:states:::http:invoke', { kind: 'http', partition: 'aws', pattern: 'request-response' }],
    ['arn:aws:states:::aws-sdk:s3:getObject', { kind: 'aws-sdk', service: 's3', action: 'getObject', pattern: 'request-response' }],
    ['arn:aws:states:::aws-sdk:sfn:sendTaskSuccess', { kind: 'aws-sdk', service: 'sfn', action: 'sendTaskSuccess' }],
    ['arn:aws:states:::aws-sdk:dynamodb:query', { kind: 'aws-sdk', service: 'dynamodb', action: 'query' }],
    ['arn:aws:states:::aws-sdk:ecs:runTask.waitForTaskToken', { kind: 'aws-sdk', pattern: 'waitForTaskToken' }],
  ];
  it.each(cases)('%s', (arn, expected) => {
    const parsed = parseResource(arn);
    expect(parsed).toMatchObject({ ...expected, arn });
  });

  it('omits qualifier when the Lambda ARN has none', () => {
    expect(parseResource('arn:aws:lambda:us-east-1:123456789012:function:fn')).not.toHaveProperty('qualifier');
  });
});

describe('parseResource: invalid resources', () => {
  const cases: [string, RegExp][] = [
    ['', /A Resource is an ARN/],
    ['lambda:invoke', /A Resource is an ARN/],
    ['{% $states.input.fn %}', /A Resource is an ARN/],
    ['arn:<partition>:states:::lambda:invoke', /'<partition>' is not a partition/],
    ['arn:aws-iso-x:states:::lambda:invoke', /is not a partition/],
    ['arn:aws:sqs:us-east-1:123456789012:queue', /A Resource is an ARN/],
    ['arn:aws:states:::dynamodb:query', /dynamodb has no optimized 'query'; it offers getItem, putItem, updateItem, deleteItem/],
    ['arn:aws:states:::dynamodb:scan', /aws-sdk:<service>:<action>/],
    ['arn:aws:states:::lambda:Invoke', /lambda has no optimized 'Invoke'/],
    ['arn:aws:states:::lambda:invoke.sync', /lambda:invoke supports request-response \(no suffix\) and \.waitForTaskToken\./],
    ['arn:aws:states:::lambda:invoke.sync:2', /lambda:invoke supports/],
    ['arn:aws:states:::dynamodb:putItem.waitForTaskToken', /dynamodb:putItem supports request-response \(no suffix\)\./],
    ['arn:aws:states:::batch:submitJob.waitForTaskToken', /batch:submitJob supports request-response \(no suffix\) and \.sync\./],
    ['arn:aws:states:::glue:startJobRun.sync:2', /glue:startJobRun supports/],
    ['arn:aws:states:::ecs:runTask.sync:2', /ecs:runTask supports request-response \(no suffix\), \.sync and \.waitForTaskToken\./],
    ['arn:aws:states:::eks:call.sync', /eks:call supports request-response \(no suffix\)\./],
    ['arn:aws:states:::sagemaker:createEndpoint.sync', /sagemaker:createEndpoint supports/],
    ['arn:aws:states:::bedrock:invokeModel.waitForTaskToken', /bedrock:invokeModel supports/],
    ['arn:aws:states:::http:invoke.waitForTaskToken', /http:invoke supports request-response \(no suffix\)\./],
    ['arn:aws:states:::lambda:invoke.WaitForTaskToken', /'\.WaitForTaskToken' is not an integration pattern/],
    ['arn:aws:states:::lambda:invoke.', /'\.' is not an integration pattern/],
    ['arn:aws:states:::lambda:invoke.sync.sync', /'\.sync\.sync' is not an integration pattern/],
    ['arn:aws:states:::aws-sdk:s3:getObject.sync', /not \.sync/],
    ['arn:aws:states:::aws-sdk:sfn:startExecution.sync:2', /not \.sync/],
    ['arn:aws:states:::aws-sdk:s3:GetObject', /camelCase with a lower-case first letter: getObject/],
    ['arn:aws:states:::aws-sdk:getObject', /names a service and an action/],
    ['arn:aws:states:::eventbridgescheduler:createSchedule', /There is no optimized integration for 'eventbridgescheduler'/],
    ['arn:aws:states:::s3:getObject', /s3:getObject is valid only in a Distributed Map ItemReader/],
    ['arn:aws:states:::s3:putObject', /s3:putObject is valid only in a Distributed Map ResultWriter/],
    ['arn:aws:states:us-east-1:123456789012:lambda:invoke', /leave region and account empty/],
    ['arn:aws:states:::activity:approve', /leave region and account empty/],
    ['arn:aws:states:us-east-1:123456789012:activity:', /activity ARN reads/],
    ['arn:aws:states:us-east-1:123456789012:activity:has space', /activity ARN reads/],
    ['arn:aws:states:us-east-1:123456789012:activity:a/b', /activity ARN reads/],
    [`arn:aws:states:us-east-1:123456789012:activity:${'a'.repeat(81)}`, /activity ARN reads/],
    ['arn:aws:lambda:us-east-1:123456789012:function:', /Lambda function ARN reads/],
    ['arn:aws:lambda:us-east-1:123456789012:fn', /Lambda function ARN reads/],
    ['arn:aws:lambda:us-east-1:123456789012:function:a:b:c', /Lambda function ARN reads/],
    [`arn:aws:lambda:us-east-1:123456789012:function:${'f'.repeat(65)}`, /Lambda function ARN reads/],
    ['arn:aws:lambda:us-east-1:123456789012:function:fn ', /Lambda function ARN reads/],
    [' arn:aws:states:::lambda:invoke', /A Resource is an ARN/],
  ];
  it.each(cases)('%j', (arn, hint) => {
    const parsed = parseResource(arn);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.message).toBe(NOT_RECOGNIZED(arn));
    expect(parsed.hint).toMatch(hint);
  });

  it('refuses a non-string from an untyped caller without throwing', () => {
    expect(parseResource(42 as unknown as string)).toMatchObject({ kind: 'invalid' });
    expect(parseResource(null as unknown as string)).toMatchObject({ kind: 'invalid' });
  });
});

describe('parseResource: Distributed Map ItemReader and ResultWriter', () => {
  it.each([
    ['arn:aws:states:::s3:getObject', 'item-reader'],
    ['arn:aws:states:::s3:listObjectsV2', 'item-reader'],
    ['arn:aws:states:::s3:putObject', 'result-writer'],
  ] as const)('%s is valid as %s', (arn, usage) => {
    expect(parseResource(arn, usage)).toMatchObject({ kind: 'optimized', service: 's3', usage, pattern: 'request-response' });
  });

  it.each([
    ['arn:aws:states:::s3:putObject', 'item-reader', /ItemReader Resource is/],
    ['arn:aws:states:::lambda:invoke', 'item-reader', /ItemReader Resource is/],
    ['arn:aws:states:::aws-sdk:s3:getObject', 'item-reader', /ItemReader Resource is/],
    ['arn:aws:states:::s3:getObject', 'result-writer', /ResultWriter Resource is/],
    ['arn:aws:states:::s3:getObject.sync', 'item-reader', /s3:getObject supports request-response/],
  ] as const)('%s is invalid as %s', (arn, usage, hint) => {
    const parsed = parseResource(arn, usage);
    expect(parsed).toMatchObject({ kind: 'invalid', message: NOT_RECOGNIZED(arn) });
    expect(parsed.kind === 'invalid' && parsed.hint).toMatch(hint);
  });
});
