import { CHOICE_OPERATOR_NAMES, type ChoiceExpressionJsonPath, type ChoiceOperator } from '../asl/index.js';
import type { Get, ReferencePaths, ReferencePathsTo } from '../paths/types/index.js';
import type { AltsOf, AndAll, Refinements } from './narrow.js';

/**
 * A Choice condition: its ASL boolean expression, and (for the types) what it tells about the input
 * when it holds, so a branch's input is narrowed as TypeScript narrows on `===`.
 */
export interface Condition<Alts extends Refinements = []> {
  readonly '~alts'?: Alts;
  readonly expression: ChoiceExpressionJsonPath;
}

type Some<T, V> = ReferencePathsTo<T, V, 'some'>;
type Operand<F, V> = unknown extends F ? V : Extract<F, V>;

/** Compares the value at a path with a literal or with the value at another path. */
type Compare<T, V> = <const P extends Some<T, V>>(path: P, value: V) => Condition<[[P, V]]>;
type ComparePaths<T, V> = <const P extends Some<T, V>>(path: P, other: Some<T, V>) => Condition<[[P, V]]>;
/** Equality with a literal narrows the value to it; the literal must be a value the field can hold. */
type Equals<T, V> = <const P extends Some<T, V>, const L extends Operand<Get<T, P>, V>>(path: P, value: L) => Condition<[[P, L]]>;
/** A type test: `true` narrows the value to `V`, `false` tells nothing. */
type TypeTest<T, V> = <const P extends ReferencePaths<T>, const B extends boolean>(path: P, value: B) => Condition<B extends true ? [[P, V]] : []>;

/**
 * The condition builders of a Choice state whose input is `T`, one per ASL comparison operator
 * (`stringEquals` is `StringEquals`, …), plus `and`, `or` and `not`. Each path is checked against
 * `T` and autocompletes; each value is checked against the type at the path.
 */
export interface Conditions<T> {
  stringEquals: Equals<T, string>;
  stringEqualsPath: ComparePaths<T, string>;
  stringLessThan: Compare<T, string>;
  stringLessThanPath: ComparePaths<T, string>;
  stringGreaterThan: Compare<T, string>;
  stringGreaterThanPath: ComparePaths<T, string>;
  stringLessThanEquals: Compare<T, string>;
  stringLessThanEqualsPath: ComparePaths<T, string>;
  stringGreaterThanEquals: Compare<T, string>;
  stringGreaterThanEqualsPath: ComparePaths<T, string>;
  /** `*` matches any characters, `\\*` a literal star. */
  stringMatches: Compare<T, string>;
  numericEquals: Equals<T, number>;
  numericEqualsPath: ComparePaths<T, number>;
  numericLessThan: Compare<T, number>;
  numericLessThanPath: ComparePaths<T, number>;
  numericGreaterThan: Compare<T, number>;
  numericGreaterThanPath: ComparePaths<T, number>;
  numericLessThanEquals: Compare<T, number>;
  numericLessThanEqualsPath: ComparePaths<T, number>;
  numericGreaterThanEquals: Compare<T, number>;
  numericGreaterThanEqualsPath: ComparePaths<T, number>;
  booleanEquals: Equals<T, boolean>;
  booleanEqualsPath: ComparePaths<T, boolean>;
  /** An RFC 3339 timestamp (`'2016-03-14T01:59:00Z'`). */
  timestampEquals: Compare<T, string>;
  timestampEqualsPath: ComparePaths<T, string>;
  timestampLessThan: Compare<T, string>;
  timestampLessThanPath: ComparePaths<T, string>;
  timestampGreaterThan: Compare<T, string>;
  timestampGreaterThanPath: ComparePaths<T, string>;
  timestampLessThanEquals: Compare<T, string>;
  timestampLessThanEqualsPath: ComparePaths<T, string>;
  timestampGreaterThanEquals: Compare<T, string>;
  timestampGreaterThanEqualsPath: ComparePaths<T, string>;
  isNull: TypeTest<T, null>;
  /** `true` narrows an optional key to a present one. */
  isPresent: TypeTest<T, unknown>;
  isNumeric: TypeTest<T, number>;
  isString: TypeTest<T, string>;
  isBoolean: TypeTest<T, boolean>;
  isTimestamp: TypeTest<T, string>;
  /** Holds when every condition holds; narrows by all of them. */
  and<const Cs extends readonly [Condition<Refinements>, ...Condition<Refinements>[]]>(...conditions: Cs): Condition<AndAll<Cs>>;
  /** Holds when one condition holds; narrows to the union of what each tells. */
  or<const Cs extends readonly [Condition<Refinements>, ...Condition<Refinements>[]]>(...conditions: Cs): Condition<AltsOf<Cs[number]>>;
  /** Holds when the condition does not; tells nothing. */
  not(condition: Condition<Refinements>): Condition;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

type Leaf = (path: string, value: unknown) => Condition<Refinements>;
type Combine = (...conditions: Condition<Refinements>[]) => Condition<Refinements>;
type Negate = (condition: Condition<Refinements>) => Condition<Refinements>;

/** The runtime of {@link Conditions}: plain functions that build ASL expressions. */
export function conditions(): Record<string, Leaf | Combine | Negate> {
  const leaves = Object.fromEntries(
    CHOICE_OPERATOR_NAMES.map((op: ChoiceOperator): [string, Leaf] => [
      lowerFirst(op),
      (path, value) => ({ expression: { Variable: path, [op]: value } }),
    ]),
  );
  const and: Combine = (...cs) => ({ expression: { And: cs.map((c) => c.expression) } });
  const or: Combine = (...cs) => ({ expression: { Or: cs.map((c) => c.expression) } });
  const not: Negate = (c) => ({ expression: { Not: c.expression } });
  return { ...leaves, and, or, not };
}
