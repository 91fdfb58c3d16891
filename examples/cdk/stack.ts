// The batch-job workflow deployed with the AWS CDK: the builder's ASL goes into a state machine as
// its definition string. test/examples/cdk.test.ts synthesises this stack and checks the template.
import { Stack, type StackProps } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { DefinitionBody, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { batchJob } from '../batch-job/workflow.js';

/** The Lambda functions the workflow calls (they live in another stack in a real app). */
const FUNCTIONS = ['SubmitJob', 'CheckJob'].map((name) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`);

/** A stack with the batch-job state machine, its definition emitted by statewright at synth time. */
export class BatchJobStack extends Stack {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.stateMachine = new StateMachine(this, 'BatchJob', {
      stateMachineName: batchJob.name ?? id,
      // toAsl() validates the workflow, so `cdk synth` fails on a definition AWS would refuse.
      definitionBody: DefinitionBody.fromString(JSON.stringify(batchJob.toAsl())),
      comment: 'The batch-job example, built with statewright',
    });
    // A definition given as a string grants nothing by itself: allow the Lambda invocations.
    this.stateMachine.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: FUNCTIONS }));
  }
}
