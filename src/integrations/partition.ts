/**
 * An AWS partition a `Resource` ARN may name.
 *
 * @example
 * ```ts
 * import type { Partition } from 'statewright/integrations';
 * const china: Partition = 'aws-cn';
 * ```
 */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/**
 * The partitions Step Functions resources are accepted in.
 *
 * @example
 * ```ts
 * import { PARTITIONS } from 'statewright/integrations';
 * PARTITIONS.includes('aws-us-gov'); // true
 * ```
 */
export const PARTITIONS: readonly Partition[] = Object.freeze(['aws', 'aws-cn', 'aws-us-gov']);

/** The regex alternation for a partition, as one capture group. */
export const PARTITION_GROUP = `(${PARTITIONS.join('|')})`;
