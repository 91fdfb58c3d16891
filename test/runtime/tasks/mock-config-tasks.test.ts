import { describe, expect, it } from 'vitest';
import { AslError } from '../../../src/runtime/errors.js';
import { callRanges } from '../../../src/runtime/tasks/mock-config/call-ranges.js';
import { mockConfigResponders, type MockResponder } from '../../../src/runtime/tasks/mock-config/mock-config-tasks.js';

function config(states: Record<string, string>, responses: Record<string, unknown>) {
  return { StateMachines: { Case: { TestCases: { Recorded: states } } }, MockedResponses: responses };
}

/** The responders of a test case, as a record by state name. */
function mockConfigTasks(file: unknown, machine: string, testCase: string): Record<string, MockResponder> {
  return Object.fromEntries(mockConfigResponders(file, machine, testCase));
}

/** Calls `responder` and returns what it returned, or the error and cause it failed with. */
function call(responder: MockResponder | undefined): unknown {
  if (responder === undefined) throw new Error('no responder');
  try {
    return { returned: responder() };
  } catch (e) {
    if (e instanceof AslError) return { error: e.error, cause: e.cause };
    throw e;
  }
}

describe('mockConfigResponders', () => {
  it('answers successive calls in order, from single keys and ranges', () => {
    const tasks = mockConfigTasks(
      config(
        { Task: 'M' },
        {
          M: {
            '0': { Throw: { Error: 'Lambda.ServiceException', Cause: 'first' } },
            '1-2': { Throw: { Error: 'Busy' } },
            '3': { Return: { Payload: { ok: true } } },
          },
        },
      ),
      'Case',
      'Recorded',
    );
    expect([1, 2, 3, 4].map(() => call(tasks['Task']))).toEqual([
      { error: 'Lambda.ServiceException', cause: 'first' },
      { error: 'Busy', cause: '' },
      { error: 'Busy', cause: '' },
      { returned: { Payload: { ok: true } } },
    ]);
  });

  it('orders keys by call number, not by their order in the file', () => {
    const tasks = mockConfigTasks(config({ T: 'M' }, { M: { '1': { Return: 'b' }, '0': { Return: 'a' } } }), 'Case', 'Recorded');
    expect([call(tasks['T']), call(tasks['T'])]).toEqual([{ returned: 'a' }, { returned: 'b' }]);
  });

  it('returns any JSON value, including null, 0 and strings', () => {
    const tasks = mockConfigTasks(
      config({ A: 'Null', B: 'Zero', C: 'Text' }, { Null: { '0': { Return: null } }, Zero: { '0': { Return: 0 } }, Text: { '0': { Return: 'HelloWorld' } } }),
      'Case',
      'Recorded',
    );
    expect([call(tasks['A']), call(tasks['B']), call(tasks['C'])]).toEqual([{ returned: null }, { returned: 0 }, { returned: 'HelloWorld' }]);
  });

  it('counts calls per state name, also when two states share a mock', () => {
    const tasks = mockConfigTasks(
      config({ A: 'M', B: 'M' }, { M: { '0': { Return: 'first' }, '1': { Return: 'second' } } }),
      'Case',
      'Recorded',
    );
    expect([call(tasks['A']), call(tasks['B']), call(tasks['A']), call(tasks['B'])]).toEqual([
      { returned: 'first' },
      { returned: 'first' },
      { returned: 'second' },
      { returned: 'second' },
    ]);
  });

  it('hands out a fresh copy on each call, so a caller cannot change the recording', () => {
    const tasks = mockConfigTasks(config({ T: 'M' }, { M: { '0-1': { Return: { list: [1] } } } }), 'Case', 'Recorded');
    const first = call(tasks['T']) as { returned: { list: number[] } };
    first.returned.list.push(2);
    expect(call(tasks['T'])).toEqual({ returned: { list: [1] } });
  });

  it('starts counting afresh for each set of handlers', () => {
    const file = config({ T: 'M' }, { M: { '0': { Return: 'a' }, '1': { Return: 'b' } } });
    call(mockConfigTasks(file, 'Case', 'Recorded')['T']);
    expect(call(mockConfigTasks(file, 'Case', 'Recorded')['T'])).toEqual({ returned: 'a' });
  });

  it('ends the execution with States.Runtime once the responses run out, naming the state and the call', () => {
    const tasks = mockConfigTasks(config({ T: 'M' }, { M: { '0': { Return: 1 } } }), 'Case', 'Recorded');
    call(tasks['T']);
    expect(call(tasks['T'])).toEqual({
      error: 'States.Runtime',
      cause: 'Mock "M" has no response for call 2 (key "1") of state "T"',
    });
  });

  it('fails a call that falls into a gap between keys', () => {
    const tasks = mockConfigTasks(config({ T: 'M' }, { M: { '0': { Return: 1 }, '2': { Return: 3 } } }), 'Case', 'Recorded');
    expect([call(tasks['T']), call(tasks['T']), call(tasks['T'])]).toEqual([
      { returned: 1 },
      { error: 'States.Runtime', cause: 'Mock "M" has no response for call 2 (key "1") of state "T"' },
      { returned: 3 },
    ]);
  });

  it('has handlers only for the states of the chosen test case', () => {
    const file = {
      StateMachines: { Case: { TestCases: { Recorded: { A: 'M' }, Other: { B: 'M' } } } },
      MockedResponses: { M: { '0': { Return: 1 } } },
    };
    expect(Object.keys(mockConfigTasks(file, 'Case', 'Recorded'))).toEqual(['A']);
    expect(Object.keys(mockConfigTasks(file, 'Case', 'Other'))).toEqual(['B']);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 42, /Invalid MockConfigFile/],
    ['no MockedResponses', { StateMachines: {} }, /Invalid MockConfigFile at MockedResponses/],
    ['both Return and Throw', config({ T: 'M' }, { M: { '0': { Return: 1, Throw: { Error: 'E' } } } }), /Invalid MockConfigFile at MockedResponses\.M\.0/],
    ['neither Return nor Throw', config({ T: 'M' }, { M: { '0': {} } }), /Invalid MockConfigFile at MockedResponses\.M\.0/],
    ['a Throw without Error', config({ T: 'M' }, { M: { '0': { Throw: { Cause: 'c' } } } }), /Invalid MockConfigFile at MockedResponses\.M\.0/],
    ['an unknown state machine', { StateMachines: {}, MockedResponses: {} }, /no state machine "Case"/],
    ['an unknown test case', { StateMachines: { Case: { TestCases: {} } }, MockedResponses: {} }, /no test case "Recorded" for "Case"/],
    ['a missing mock', config({ T: 'Nope' }, {}), /state "T" uses mock "Nope", which is not in MockedResponses/],
    ['a bad key', config({ T: 'M' }, { M: { first: { Return: 1 } } }), /key "first" is not a call number/],
    ['a descending range', config({ T: 'M' }, { M: { '2-1': { Return: 1 } } }), /range "2-1" ends before it starts/],
    ['overlapping keys', config({ T: 'M' }, { M: { '0-2': { Return: 1 }, '2': { Return: 2 } } }), /call 2 is mocked twice/],
  ])('rejects %s', (_name, file, message) => {
    expect(() => mockConfigTasks(file, 'Case', 'Recorded')).toThrow(message);
  });
});

describe('callRanges', () => {
  it('reads single calls and inclusive ranges, sorted', () => {
    const a = { Return: 'a' };
    const b = { Return: 'b' };
    expect(callRanges('M', { '3-5': b, '0': a })).toEqual([
      { first: 0, last: 0, call: a },
      { first: 3, last: 5, call: b },
    ]);
  });
});
