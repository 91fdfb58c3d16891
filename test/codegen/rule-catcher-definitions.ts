// Definitions with Choice rule and catcher Assign/Output, which the import tests round-trip and
// type-check: each reads data that reaches it only through the rule or catcher.
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Charge';

/**
 * JSONPath: a rule's Assign reads the effective input (`customer.name`); a catcher's reads the error
 * output, a variable and the execution input (`customer.tier`).
 */
export const jsonPathRuleCatcherMachine = {
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Assign: { 'orderId.$': '$.id' }, Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: LAMBDA,
      ResultPath: '$.charge',
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Assign: { 'cause.$': '$.Cause', 'order.$': '$orderId', 'tier.$': '$$.Execution.Input.customer.tier' }, Comment: 'declined', Next: 'Report' }],
      Next: 'Big?',
    },
    'Big?': {
      Type: 'Choice',
      Choices: [{ Variable: '$.amount', NumericGreaterThan: 100, Comment: 'big', Assign: { size: 'big', 'seen.$': '$.customer.name' }, Next: 'Big' }],
      Default: 'Small',
      Assign: { size: 'small' },
    },
    Big: { Type: 'Pass', Parameters: { 'size.$': '$size', 'seen.$': '$seen' }, End: true },
    Small: { Type: 'Pass', Parameters: { 'size.$': '$size' }, End: true },
    Report: { Type: 'Pass', Parameters: { 'why.$': '$cause', 'order.$': '$order', 'tier.$': '$tier' }, End: true },
  },
};

/**
 * JSONata: a rule's Output is what its target receives (`review.name` leads to the input's
 * `customer.name`), a catcher's what its handler receives (`order.ref`); both assign too.
 */
export const jsonataRuleCatcherMachine = {
  QueryLanguage: 'JSONata',
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: LAMBDA,
      Arguments: { id: '{% $states.input.id %}' },
      Output: '{% $states.input %}',
      Catch: [
        {
          ErrorEquals: ['States.ALL'],
          Comment: 'declined',
          Output: { order: '{% $states.input.order %}', why: '{% $states.errorOutput.Cause %}' },
          Assign: { failedId: '{% $states.input.id %}' },
          Next: 'Declined',
        },
      ],
      Next: 'Big?',
    },
    'Big?': {
      Type: 'Choice',
      Choices: [{ Condition: '{% $states.input.total > 100 %}', Comment: 'big', Output: { review: '{% $states.input.customer %}' }, Assign: { flagged: true }, Next: 'Review' }],
      Default: 'Accept',
      Assign: { flagged: false },
    },
    Accept: { Type: 'Succeed' },
    Review: { Type: 'Pass', Output: { name: '{% $states.input.review.name %}', flagged: '{% $flagged %}' }, End: true },
    Declined: { Type: 'Pass', Output: { ref: '{% $states.input.order.ref %}', id: '{% $failedId %}' }, End: true },
  },
};
