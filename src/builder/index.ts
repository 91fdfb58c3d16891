export { workflow, fragment, type WorkflowOptions, type FragmentOptions } from './create.js';
export { task, pass, wait, choice, parallel, map, succeed, fail } from './free-functions.js';
export type { ItemOf, IterationInput, MapItemScope, MapMode, MapOptions } from './map.js';
export type { BranchOutput, BranchOutputs, CheckBranches, ParallelOptions, WithInner } from './parallel.js';
export type { AfterCatch, CatchOptions, CaughtInput, CheckCatch, ErrorName, ErrorOutput } from './catch.js';
export type { Workflow, ToAslOptions, OutputOf, InputOf, WorkflowOutputOf, TaskResultsOf, VariablesOf, PathArgument, Complete } from './workflow.js';
export type { ChoiceBuilder, BranchStart, AfterBranch, AfterTarget } from './choice.js';
export type { Condition, Conditions } from './conditions.js';
export type { Narrow, Refinements, AltsOf, AndAll, Narrowing } from './narrow.js';
export type { Flow, Start, Rebuild, AddState, Arriving, GoTo, Pending } from './record.js';
export type { CheckName, CheckTarget, StateInput, TargetName } from './names.js';
export type { CheckJoin, FlowOf, Join, Joinable } from './join.js';
export type { TaskOptions } from './task.js';
export type { PassOptions } from './pass.js';
export type { WaitOptions, WaitFor } from './wait.js';
export type { SucceedOptions } from './succeed.js';
export type { FailOptions } from './fail.js';
export type { RetryOptions } from './retry.js';
export type { PayloadTemplate, CheckTemplate, TemplateOutput, Literal } from './template.js';
export type { ContextObject } from './context-object.js';
export type { IntrinsicResult, CheckIntrinsic } from './intrinsic-types.js';
export type { Effective, Output, PassResult, ResultOf, Select, Selected } from './data-flow.js';
export { jsonata, condition, type Jsonata, type JsonataTemplate, type JsonataObject, type JsonataOutput, type CheckJsonata, type StatesScope } from './jsonata.js';
export type {
  JsonataPassOptions, JsonataTaskOptions, JsonataParallelOptions, JsonataMapOptions, JsonataWaitOptions, JsonataChoiceOptions, JsonataSucceedOptions, JsonataFailOptions, NumberOrExpression,
} from './jsonata-options.js';
export type { ScopeInput, ScopeVars, Assigned, CheckVariable, VariableValue, IsVariable } from './variables.js';
export type { JsonPathAssign, AssignedJsonPath, AssignedJsonata, JsonataResult, JsonataItem, JsonataIterationInput } from './workflow.js';
