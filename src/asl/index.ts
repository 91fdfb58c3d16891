export { JsonObjectSchema, JsonValueSchema, type JsonObject, type JsonValue } from './json.js';
export {
  decimalOrJsonataSchema,
  decimalSchema,
  integerOrJsonataSchema,
  integerSchema,
  JsonataStringSchema,
  MAX_SECONDS,
  NullablePathSchema,
  PathSchema,
  ReferencePathSchema,
  StateNameSchema,
  TimestampOrJsonataSchema,
  TimestampSchema,
  type JsonataString,
} from './common.js';
export { QUERY_LANGUAGES, QueryLanguageSchema, type QueryLanguage } from './query-language.js';
export { isStatesErrorName, STATES_ERROR_NAMES, type StatesErrorName } from './errors.js';
export {
  CatcherJsonataSchema,
  CatcherJsonPathSchema,
  CatchJsonataSchema,
  CatchJsonPathSchema,
  ErrorEqualsSchema,
  JitterStrategySchema,
  MAX_DELAY_SECONDS,
  RetrierSchema,
  RetrySchema,
  type Catcher,
  type CatcherJsonata,
  type CatcherJsonPath,
  type Retrier,
} from './retry-catch.js';
export {
  CHOICE_OPERATOR_NAMES,
  CHOICE_OPERATORS,
  ChoiceExpressionJsonPathSchema,
  ChoiceRuleJsonataSchema,
  ChoiceRuleJsonPathSchema,
  ChoiceRuleSchema,
  ChoicesJsonataSchema,
  ChoicesJsonPathSchema,
  type ChoiceExpressionJsonPath,
  type ChoiceOperand,
  type ChoiceOperator,
  type ChoiceRule,
  type ChoiceRuleJsonata,
  type ChoiceRuleJsonPath,
} from './choice-rule.js';
export { STATE_TYPES, StateTypeSchema, type StateType } from './state-type.js';
export {
  BranchSchema,
  CONTAINER_FIELDS,
  ItemProcessorSchema,
  ProcessorConfigSchema,
  type Branch,
  type ItemProcessor,
  type ProcessorConfig,
} from './containers.js';
export {
  PassJsonataSchema,
  PassJsonPathSchema,
  PassStateSchema,
  type PassJsonataState,
  type PassJsonPathState,
  type PassState,
} from './states/pass.js';
export {
  CredentialsJsonataSchema,
  CredentialsJsonPathSchema,
  ResourceSchema,
  TaskJsonataSchema,
  TaskJsonPathSchema,
  TaskStateSchema,
  type TaskJsonataState,
  type TaskJsonPathState,
  type TaskState,
} from './states/task.js';
export {
  ChoiceJsonataSchema,
  ChoiceJsonPathSchema,
  ChoiceStateSchema,
  type ChoiceJsonataState,
  type ChoiceJsonPathState,
  type ChoiceState,
} from './states/choice.js';
export {
  WaitJsonataSchema,
  WaitJsonPathSchema,
  WaitStateSchema,
  type WaitJsonataState,
  type WaitJsonPathState,
  type WaitState,
} from './states/wait.js';
export {
  SucceedJsonataSchema,
  SucceedJsonPathSchema,
  SucceedStateSchema,
  type SucceedJsonataState,
  type SucceedJsonPathState,
  type SucceedState,
} from './states/succeed.js';
export {
  FailJsonataSchema,
  FailJsonPathSchema,
  FailStateSchema,
  type FailJsonataState,
  type FailJsonPathState,
  type FailState,
} from './states/fail.js';
export {
  ParallelJsonataSchema,
  ParallelJsonPathSchema,
  ParallelStateSchema,
  type ParallelJsonataState,
  type ParallelJsonPathState,
  type ParallelState,
} from './states/parallel.js';
export {
  MapJsonataSchema,
  MapJsonPathSchema,
  MapStateSchema,
  type MapJsonataState,
  type MapJsonPathState,
  type MapState,
} from './states/map.js';
export {
  CsvDelimiterSchema,
  CsvHeaderLocationSchema,
  InputTypeSchema,
  ItemBatcherJsonataSchema,
  ItemBatcherJsonPathSchema,
  ItemReaderJsonataSchema,
  ItemReaderJsonPathSchema,
  ItemReaderResourceSchema,
  ReaderConfigJsonataSchema,
  ReaderConfigJsonPathSchema,
  ResultWriterJsonataSchema,
  ResultWriterJsonPathSchema,
  ResultWriterResourceSchema,
  WriterConfigSchema,
} from './states/map-fields.js';
export { StateJsonataSchema, StateJsonPathSchema, StateSchema, stateSchemas, type State, type StateSchemaTable } from './state.js';
export { StateMachineSchema, type StateMachine } from './state-machine.js';
