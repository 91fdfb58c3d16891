// Definitions with JSONata states, workflow variables and a Distributed Map's reader, batcher and
// writer, which the import tests round-trip and type-check (the recorded cases have few of them).
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:F';
const PROCESSOR = { StartAt: 'Line', States: { Line: { Type: 'Pass', End: true } } };

/** A JSONata machine: every state kind with its JSONata fields. */
export const jsonataMachine = {
  QueryLanguage: 'JSONata',
  Comment: 'Every JSONata field the builder writes',
  StartAt: 'Load',
  States: {
    Load: {
      Type: 'Task',
      Resource: LAMBDA,
      Arguments: { id: '{% $states.input.order.id %}', when: '{% $now() %}' },
      Output: { order: '{% $states.input.order %}', lines: '{% $states.result.Payload.lines %}' },
      Assign: { customer: '{% $states.result.Payload.customer %}', tries: 0 },
      TimeoutSeconds: '{% $states.input.limit %}',
      Next: 'Price',
    },
    Price: {
      Type: 'Map',
      Items: '{% $states.input.lines %}',
      ItemSelector: { sku: '{% $states.context.Map.Item.Value.sku %}', index: '{% $states.context.Map.Item.Index %}' },
      ItemProcessor: PROCESSOR,
      MaxConcurrency: '{% $count($states.input.lines) %}',
      Assign: { priced: '{% $states.result %}' },
      Output: '{% $states.input %}',
      Next: 'Big?',
    },
    'Big?': {
      Type: 'Choice',
      Choices: [
        { Condition: '{% $count($priced) > 2 %}', Next: 'Both' },
        { Condition: '{% $states.input.order.cancelled %}', Next: 'Give up' },
      ],
      Default: 'Pause',
      Output: { order: '{% $states.input.order %}' },
      Assign: { big: false },
    },
    Both: {
      Type: 'Parallel',
      Arguments: { customer: '{% $customer %}' },
      Branches: [
        { StartAt: 'Left', States: { Left: { Type: 'Pass', Output: '{% $states.input.customer %}', End: true } } },
        { StartAt: 'Right', States: { Right: { Type: 'Succeed' } } },
      ],
      Output: { both: '{% $states.result %}' },
      Next: 'Done',
    },
    Pause: { Type: 'Wait', Seconds: '{% $states.input.order.delay %}', Assign: { tries: '{% $tries + 1 %}' }, Next: 'Until' },
    Until: { Type: 'Wait', Timestamp: '{% $states.input.order.at %}', Next: 'Finish' },
    Finish: { Type: 'Succeed', Output: { order: '{% $states.input.order %}', tries: '{% $tries %}' } },
    'Give up': { Type: 'Fail', Error: '{% $states.input.order.error %}', Cause: '{% "after " & $string($tries) %}' },
    Done: { Type: 'Pass', Output: '{% $states.input.both %}', End: true },
  },
};

/** A JSONPath machine whose states assign variables, with one JSONata state (its own `QueryLanguage`). */
export const variablesMachine = {
  StartAt: 'Keep',
  States: {
    Keep: { Type: 'Pass', Assign: { 'orderId.$': '$.order.id', count: 0 }, Next: 'Call' },
    Call: { Type: 'Task', Resource: LAMBDA, Parameters: { 'id.$': '$orderId' }, ResultSelector: { 'total.$': '$.Payload.total' }, Assign: { 'total.$': '$.total' }, ResultPath: '$.call', Next: 'Pause' },
    Pause: { Type: 'Wait', Seconds: 1, Assign: { 'count.$': 'States.MathAdd($count, 1)' }, Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.call.total', NumericGreaterThan: 100, Next: 'Both' }], Default: 'Each', Assign: { 'checked.$': '$.call.total' } },
    Both: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'Left', States: { Left: { Type: 'Pass', Parameters: { 'id.$': '$orderId' }, End: true } } }],
      Assign: { 'first.$': '$[0]' },
      ResultPath: null,
      Next: 'Each',
    },
    Each: { Type: 'Map', ItemsPath: '$.order.lines', ItemProcessor: PROCESSOR, Assign: { 'lines.$': '$' }, ResultPath: '$.lines', Next: 'Sum' },
    Sum: { Type: 'Pass', QueryLanguage: 'JSONata', Output: { orderId: '{% $orderId %}', total: '{% $total %}', lines: '{% $states.input.lines %}' }, End: true },
  },
};

/** A Distributed Map that reads a CSV file from S3, batches the rows and writes the results to S3. */
export const distributedMachine = {
  StartAt: 'Rows',
  States: {
    Rows: {
      Type: 'Map',
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        Parameters: { 'Bucket.$': '$.bucket', Key: 'rows.csv' },
        ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW', MaxItems: 100 },
      },
      ItemBatcher: { MaxItemsPerBatch: 10, BatchInput: { 'run.$': '$.run' } },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'Batch', States: { Batch: { Type: 'Pass', End: true } } },
      MaxConcurrencyPath: '$.parallelism',
      ToleratedFailurePercentagePath: '$.tolerance',
      Label: 'rows',
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { 'Bucket.$': '$.bucket', Prefix: 'out' }, WriterConfig: { Transformation: 'COMPACT', OutputType: 'JSONL' } },
      End: true,
    },
  },
};
