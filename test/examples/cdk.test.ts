import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { BatchJobStack } from '../../examples/cdk/stack.js';

const seed: unknown = JSON.parse(readFileSync(new URL('../../examples/batch-job/batch-job.asl.json', import.meta.url), 'utf8'));

interface Resource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
}

describe('examples/cdk', () => {
  it('synthesises a template whose state machine holds the batch-job definition', { timeout: 60_000 }, () => {
    const app = new App();
    new BatchJobStack(app, 'BatchJobStack');
    const template = app.synth().getStackByName('BatchJobStack').template as { Resources: Record<string, Resource> };
    const machines = Object.values(template.Resources).filter((r) => r.Type === 'AWS::StepFunctions::StateMachine');
    expect(machines).toHaveLength(1);
    const [machine] = machines;
    expect(machine?.Properties['StateMachineName']).toBe('BatchJob');
    expect(JSON.parse(machine?.Properties['DefinitionString'] as string)).toEqual(seed);
    const policies = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    expect(JSON.stringify(policies)).toContain('arn:aws:lambda:us-east-1:123456789012:function:SubmitJob');
  });
});
