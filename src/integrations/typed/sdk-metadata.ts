/**
 * The HTTP metadata Step Functions adds to an optimized integration's response (from the AWS SDK for
 * Java it calls services with). Optional here so that mocks may leave it out.
 *
 * @example
 * ```ts
 * import type { SdkMetadata } from 'statewright/integrations';
 * const meta: SdkMetadata = { SdkResponseMetadata: { RequestId: 'r-1' } };
 * ```
 */
export interface SdkMetadata {
  SdkHttpMetadata?: {
    AllHttpHeaders: Record<string, readonly string[]>;
    HttpHeaders: Record<string, string>;
    HttpStatusCode: number;
  };
  SdkResponseMetadata?: { RequestId: string };
}
