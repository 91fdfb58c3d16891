/**
 * The context object that `$$.…` paths read in a JSONPath state (outside Map iterations), with the
 * workflow's input type at `$$.Execution.Input`. `Task.Token` exists only for `.waitForTaskToken` tasks.
 */
export interface ContextObject<In> {
  readonly Execution: {
    readonly Id: string;
    readonly Input: In;
    readonly Name: string;
    readonly RoleArn: string;
    readonly StartTime: string;
    readonly RedriveCount: number;
  };
  readonly State: { readonly EnteredTime: string; readonly Name: string; readonly RetryCount: number };
  readonly StateMachine: { readonly Id: string; readonly Name: string };
  readonly Task: { readonly Token: string };
}
