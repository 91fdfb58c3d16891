import type { StateMachine } from '../../src/asl/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:';

/** A definition with every kind of edge and scope the graph draws: Choice rules and Default, Catch, a Parallel with two branches, a Map. */
export const ORDER_FLOW = {
  Comment: 'Orders, drawn',
  StartAt: 'Check Order',
  States: {
    'Check Order': {
      Type: 'Choice',
      Choices: [
        { And: [{ Variable: '$.total', NumericGreaterThanEqualsPath: '$.limit' }, { Not: { Variable: '$.vip', IsPresent: true } }], Next: 'Rejected' },
        { Variable: '$.status', StringEquals: 'NEW', Next: 'Charge' },
      ],
      Default: 'Rejected',
    },
    Charge: {
      Type: 'Task',
      Resource: `${LAMBDA}Charge`,
      ResultPath: '$.charge',
      Catch: [{ ErrorEquals: ['PaymentDeclined', 'States.Timeout'], Next: 'Rejected' }],
      Next: 'Fulfil',
    },
    Fulfil: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Ship', States: { Ship: { Type: 'Task', Resource: `${LAMBDA}Ship`, End: true } } },
        { StartAt: 'Notify', States: { Notify: { Type: 'Pass', End: true } } },
      ],
      ResultPath: null,
      Next: 'Each Item',
    },
    'Each Item': {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { StartAt: 'Pick', States: { Pick: { Type: 'Pass', Next: 'Pack' }, Pack: { Type: 'Pass', End: true } } },
      ResultPath: null,
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Rejected: { Type: 'Fail', Error: 'OrderRejected' },
  },
} as const satisfies StateMachine;
