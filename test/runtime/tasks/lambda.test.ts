import { describe, expect, it } from 'vitest';
import { LAMBDA_SERVICE_ERRORS } from '../../../src/integrations/index.js';
import { AslError, execute, lambdaInvokeResponse } from '../../../src/runtime/index.js';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:Resize';
const single = (state: Record<string, unknown>) => ({ StartAt: 'Call', States: { Call: { Type: 'Task', End: true, ...state } } });
const invoke = (parameters: Record<string, unknown>) => single({ Resource: 'arn:aws:states:::lambda:invoke', Parameters: parameters });

describe('Lambda tasks answered by lambdaFunctions', () => {
  it('passes the effective input of a function ARN to the function and returns its result as is', async () => {
    const result = await execute(single({ Resource: FUNCTION_ARN, InputPath: '$.image' }), {
      input: { image: { w: 10 } },
      lambdaFunctions: { Resize: (event) => ({ resized: event }) },
    });
    expect(result.output).toEqual({ resized: { w: 10 } });
    expect(result.events.map((e) => e.type)).toContain('LambdaFunctionSucceeded');
  });

  it('wraps the function result of lambda:invoke in the Invoke response (connect-lambda.html)', async () => {
    const result = await execute(invoke({ FunctionName: 'Resize', 'Payload.$': '$' }), {
      input: { w: 10 },
      lambdaFunctions: { Resize: (event) => ({ got: event }) },
    });
    const output = result.output as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['ExecutedVersion', 'Payload', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StatusCode']);
    expect(output).toMatchObject({
      ExecutedVersion: '$LATEST',
      Payload: { got: { w: 10 } },
      SdkHttpMetadata: { HttpStatusCode: 200, HttpHeaders: { 'Content-Type': 'application/json', 'X-Amz-Executed-Version': '$LATEST' } },
      StatusCode: 200,
    });
    const requestId = (output['SdkResponseMetadata'] as { RequestId: string }).RequestId;
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((output['SdkHttpMetadata'] as { HttpHeaders: Record<string, string> }).HttpHeaders['x-amzn-RequestId']).toBe(requestId);
  });

  it('finds the function by name, ARN or partial ARN, and reports a numeric Qualifier as the executed version', async () => {
    const lambdaFunctions = { Resize: () => 'ok' };
    for (const FunctionName of ['Resize', FUNCTION_ARN, '123456789012:function:Resize', 'Resize:7']) {
      const result = await execute(invoke({ FunctionName }), { lambdaFunctions });
      expect(result.output).toMatchObject({ Payload: 'ok', ExecutedVersion: FunctionName.endsWith(':7') ? '7' : '$LATEST' });
    }
  });

  it('answers InvocationType Event with status 202 and an empty payload, DryRun with 204', async () => {
    const ran: unknown[] = [];
    const lambdaFunctions = { Resize: (event: unknown) => void ran.push(event) };
    const event = await execute(invoke({ FunctionName: 'Resize', InvocationType: 'Event', Payload: { n: 1 } }), { lambdaFunctions });
    expect(event.output).toMatchObject({ StatusCode: 202, Payload: '' });
    const dry = await execute(invoke({ FunctionName: 'Resize', InvocationType: 'DryRun' }), { lambdaFunctions });
    expect(dry.output).toMatchObject({ StatusCode: 204, Payload: '' });
    expect(ran).toEqual([{ n: 1 }]);
  });

  it('fails with the error type and the runtime JSON cause when the function throws', async () => {
    class ImageTooLarge extends Error {
      override name = 'ImageTooLarge';
    }
    const result = await execute(single({ Resource: FUNCTION_ARN }), {
      lambdaFunctions: {
        Resize: () => {
          throw new ImageTooLarge('over 10 MB');
        },
      },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'ImageTooLarge' });
    const cause = JSON.parse(result.cause ?? '') as { errorType: string; errorMessage: string; trace: unknown };
    expect([cause.errorType, cause.errorMessage, Array.isArray(cause.trace)]).toEqual(['ImageTooLarge', 'over 10 MB', true]);
    expect(result.events.some((e) => e.type === 'LambdaFunctionFailed')).toBe(true);
  });

  it('fails with Lambda.ResourceNotFoundException for a function that is not registered, which Catch can match', async () => {
    const definition = {
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'Missing' },
          Catch: [{ ErrorEquals: ['Lambda.ResourceNotFoundException'], Next: 'Gone' }],
          End: true,
        },
        Gone: { Type: 'Pass', End: true },
      },
    };
    const result = await execute(definition, { lambdaFunctions: { Resize: () => 1 } });
    expect(result.output).toMatchObject({ Error: 'Lambda.ResourceNotFoundException' });
    expect((result.output as { Cause: string }).Cause).toMatch(
      /^Function not found: arn:aws:lambda:us-east-1:123456789012:function:Missing \(Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: [0-9a-f-]{36}; Proxy: null\)$/,
    );
  });

  it('lets a task handler by state name win over the function', async () => {
    const result = await execute(single({ Resource: FUNCTION_ARN }), { tasks: { Call: () => 'handler' }, lambdaFunctions: { Resize: () => 'function' } });
    expect(result.output).toBe('handler');
  });

  it('retries the Lambda service errors AWS recommends retrying (bp-lambda-serviceexception.html)', async () => {
    let calls = 0;
    const definition = single({
      Resource: FUNCTION_ARN,
      Retry: [{ ErrorEquals: [...LAMBDA_SERVICE_ERRORS], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 }],
    });
    const result = await execute(definition, {
      tasks: {
        Call: () => {
          calls++;
          if (calls < 3) throw new AslError('Lambda.ServiceException', 'Internal error');
          return 'done';
        },
      },
    });
    expect(result.output).toBe('done');
    expect((result.stopDate.getTime() - result.startDate.getTime()) / 1000).toBe(2 + 4);
    expect(LAMBDA_SERVICE_ERRORS).toEqual(['Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException']);
  });
});

describe('lambdaInvokeResponse', () => {
  it('builds the Invoke response a lambda:invoke task returns, headers repeated as lists in AllHttpHeaders', () => {
    const response = lambdaInvokeResponse({ body: 'hi' }, { requestId: '88fba57b-adbe-467f-abf4-daca36fc9028' });
    expect(response).toMatchObject({
      ExecutedVersion: '$LATEST',
      Payload: { body: 'hi' },
      SdkResponseMetadata: { RequestId: '88fba57b-adbe-467f-abf4-daca36fc9028' },
      StatusCode: 200,
    });
    expect(response.SdkHttpMetadata.HttpHeaders['Content-Length']).toBe(String('{"body":"hi"}'.length));
    expect(response.SdkHttpMetadata.AllHttpHeaders['x-amzn-RequestId']).toEqual(['88fba57b-adbe-467f-abf4-daca36fc9028']);
  });
});
