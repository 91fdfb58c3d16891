import fc from 'fast-check';

/** Any JSON value, kept small. */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/**
 * Execution inputs: mostly objects with the fields generated definitions read (`n`, `s`, `flag`,
 * `items`), sometimes any JSON value, so paths miss and types mismatch now and then.
 */
export const executionInput: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        n: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()),
        s: fc.string({ maxLength: 8 }),
        flag: fc.boolean(),
        items: fc.array(jsonValue, { maxLength: 4 }),
        extra: jsonValue,
      },
      { requiredKeys: ['n', 'items'] },
    ),
  },
  { weight: 1, arbitrary: jsonValue },
);
