import { optimizedActionsOf, type OptimizedIntegration, type ResourceUsage } from './catalogue.js';
import { describePatterns } from './pattern.js';
import { PARTITIONS } from './partition.js';

// Explanations attached to an invalid resource, beside AWS's terse message.

const SDK_FORM = 'arn:<partition>:states:::aws-sdk:<service>:<action>';

export const hints = {
  notArn: (): string =>
    'A Resource is an ARN: arn:<partition>:states:::<service>:<action>, an AWS SDK integration, a Lambda function ARN or an activity ARN.',
  partition: (partition: string): string =>
    `'${partition}' is not a partition; expected ${PARTITIONS.join(', ')}.`,
  lambda: (): string =>
    'A Lambda function ARN reads arn:<partition>:lambda:<region>:<account>:function:<name>[:<alias or version>].',
  states: (): string =>
    'Service integrations leave region and account empty (arn:<partition>:states:::<service>:<action>); an activity ARN reads arn:<partition>:states:<region>:<account>:activity:<name>.',
  sdkForm: (): string => `An AWS SDK integration names a service and an action: ${SDK_FORM}.`,
  sdkAction: (action: string): string =>
    `AWS SDK actions are camelCase with a lower-case first letter: ${action.charAt(0).toLowerCase()}${action.slice(1)}.`,
  sdkPattern: (): string => 'AWS SDK integrations support request-response (no suffix) and .waitForTaskToken, not .sync.',
  unknownSuffix: (suffix: string): string =>
    `'.${suffix}' is not an integration pattern; the suffixes are .sync, .sync:2 and .waitForTaskToken.`,
  unsupportedPattern: (i: OptimizedIntegration): string =>
    `${i.service}:${i.action} supports ${describePatterns(i.patterns)}.`,
  unknownAction: (service: string, action: string): string => {
    const actions = optimizedActionsOf(service);
    if (actions.length === 0) return `There is no optimized integration for '${service}'; other AWS APIs are called with ${SDK_FORM}.`;
    return `${service} has no optimized '${action}'; it offers ${actions.join(', ')}. Other actions are called with ${SDK_FORM}.`;
  },
  usage: (usage: ResourceUsage, found: string): string => {
    switch (usage) {
      case 'task':
        return `${found} is valid only in a Distributed Map ${found === 's3:putObject' ? 'ResultWriter' : 'ItemReader'}.`;
      case 'item-reader':
        return 'An ItemReader Resource is arn:<partition>:states:::s3:getObject or arn:<partition>:states:::s3:listObjectsV2.';
      case 'result-writer':
        return 'A ResultWriter Resource is arn:<partition>:states:::s3:putObject.';
    }
  },
};
