/** The context object (`$$`): what a state can read about its execution, itself and its Map item. */
export interface ContextObject {
  readonly Execution: {
    readonly Id: string;
    readonly Input: unknown;
    readonly Name: string;
    readonly RoleArn: string;
    readonly StartTime: string;
    readonly RedriveCount: number;
    readonly RedriveTime?: string;
  };
  readonly State: {
    readonly Name: string;
    readonly EnteredTime: string;
    /** Only on states that can retry (Task, Parallel, Map). */
    readonly RetryCount?: number;
  };
  readonly StateMachine: {
    readonly Id: string;
    readonly Name: string;
  };
  readonly Task?: { readonly Token: string };
  readonly Map?: { readonly Item: { readonly Index: number; readonly Value: unknown; readonly Key?: string } };
}

/** The context object of a retry: the same entry, with `State.RetryCount` set. */
export function withRetryCount(context: ContextObject, retryCount: number): ContextObject {
  return retryCount === 0 ? context : { ...context, State: { ...context.State, RetryCount: retryCount } };
}
