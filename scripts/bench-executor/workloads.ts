// The state machines the executor benchmark runs, as plain ASL objects (the same object goes to both executors).

/** Pass (`States.MathAdd`) → Choice (`NumericLessThanPath`) back to the Pass, else Succeed. */
export const loopDefinition = {
  Comment: 'Counts $.i up to $.n',
  StartAt: 'Increment',
  States: {
    Increment: {
      Type: 'Pass',
      Parameters: { 'i.$': 'States.MathAdd($.i, 1)', 'n.$': '$.n' },
      Next: 'Check',
    },
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.i', NumericLessThanPath: '$.n', Next: 'Increment' }],
      Default: 'Done',
    },
    Done: { Type: 'Succeed' },
  },
} as const;

export function loopInput(iterations: number): { i: number; n: number } {
  return { i: 0, n: iterations };
}

/** States entered by one loop run: a Pass and a Choice per iteration, then the Succeed. */
export function loopTransitions(iterations: number): number {
  return 2 * iterations + 1;
}

/** Whether a loop run's output is the expected `{ i: n, n }`. */
export function loopDone(output: unknown, iterations: number): boolean {
  if (typeof output !== 'object' || output === null) return false;
  const { i, n } = output as { i?: unknown; n?: unknown };
  return i === iterations && n === iterations;
}

/** An inline Map whose processor is one Pass state. */
export const mapDefinition = {
  StartAt: 'EachItem',
  States: {
    EachItem: {
      Type: 'Map',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Touch',
        States: { Touch: { Type: 'Pass', End: true } },
      },
      End: true,
    },
  },
} as const;

/** `count` small objects: about 120 KB of JSON for 10,000, inside AWS's 256 KB payload limit. */
export function mapItems(count: number): { id: number }[] {
  return Array.from({ length: count }, (_, id) => ({ id }));
}

export function mapDone(output: unknown, count: number): boolean {
  return Array.isArray(output) && output.length === count;
}

export const ONE_YEAR_SECONDS = 31_536_000;

export const WAIT_STATE = 'Sleep';

export const waitDefinition = {
  StartAt: WAIT_STATE,
  States: { [WAIT_STATE]: { Type: 'Wait', Seconds: ONE_YEAR_SECONDS, End: true } },
} as const;

/** The smallest machine: the cold-start run. */
export const oneStateDefinition = {
  StartAt: 'Only',
  States: { Only: { Type: 'Pass', Result: 'ok', End: true } },
} as const;
