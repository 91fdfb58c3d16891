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

type Some<T, V, Vars> = ReferencePathsTo<T, V, 'some'> | VariablePathsTo<Vars, V>;
type Operand<F, V> = unknown extends F ? V : Extract<F, V>;

/** The references `$name` (and `$name.a.b`) to a value that can be a `V` among the variables `Vars`. */
type VariablePathsTo<Vars, V> = [keyof Vars] extends [never] ? never : AsVariable<ReferencePathsTo<Vars, V, 'some'>>;
type AsVariable<P> = P extends `$.${infer R}` ? `$${R}` : never;
/** The type at `P` in the input `T` (`unknown` for a variable reference, whose value is not narrowed). */
type At<T, P extends string> = P extends '$' | `$.${string}` | `$[${string}` ? Get<T, P> : unknown;

/** Compares the value at a path with a literal or with the value at another path. */
type Compare<T, V, Vars> = <const P extends Some<T, V, Vars>>(path: P, value: V) => Condition<[[P, V]]>;
type ComparePaths<T, V, Vars> = <const P extends Some<T, V, Vars>>(path: P, other: Some<T, V, Vars>) => Condition<[[P, V]]>;
/** Equality with a literal narrows the value to it; the literal must be a value the field can hold. */
type Equals<T, V, Vars> = <const P extends Some<T, V, Vars>, const L extends Operand<At<T, P>, V>>(path: P, value: L) => Condition<[[P, L]]>;
/** A type test: `true` narrows the value to `V`, `false` tells nothing. */
type TypeTest<T, V, Vars> = <const P extends ReferencePaths<T> | VariablePathsTo<Vars, unknown>, const B extends boolean>(path: P, value: B) => Condition<B extends true ? [[P, V]] : []>;

/**
 * The condition builders of a Choice state whose input is `T`, one per ASL comparison operator
 * (`stringEquals` is `StringEquals`, …), plus `and`, `or` and `not`. Each path is checked against
 * `T` and autocompletes; each value is checked against the type at the path. A path may also be a
 * variable reference (`'$name'`, `'$name.a'`) to one of the variables `Vars` assigned before the state.
 */
export interface Conditions<T, Vars = object> {
  stringEquals: Equals<T, string, Vars>;
  stringEqualsPath: ComparePaths<T, string, Vars>;
  stringLessThan: Compare<T, string, Vars>;
  stringLessThanPath: ComparePaths<T, string, Vars>;
  stringGreaterThan: Compare<T, string, Vars>;
  stringGreaterThanPath: ComparePaths<T, string, Vars>;
  stringLessThanEquals: Compare<T, string, Vars>;
  stringLessThanEqualsPath: ComparePaths<T, string, Vars>;
  stringGreaterThanEquals: Compare<T, string, Vars>;
  stringGreaterThanEqualsPath: ComparePaths<T, string, Vars>;
  /** `*` matches any characters, `\\*` a literal star. */
  stringMatches: Compare<T, string, Vars>;
  numericEquals: Equals<T, number, Vars>;
  numericEqualsPath: ComparePaths<T, number, Vars>;
  numericLessThan: Compare<T, number, Vars>;
  numericLessThanPath: ComparePaths<T, number, Vars>;
  numericGreaterThan: Compare<T, number, Vars>;
  numericGreaterThanPath: ComparePaths<T, number, Vars>;
  numericLessThanEquals: Compare<T, number, Vars>;
  numericLessThanEqualsPath: ComparePaths<T, number, Vars>;
  numericGreaterThanEquals: Compare<T, number, Vars>;
  numericGreaterThanEqualsPath: ComparePaths<T, number, Vars>;
  booleanEquals: Equals<T, boolean, Vars>;
  booleanEqualsPath: ComparePaths<T, boolean, Vars>;
  /** An RFC 3339 timestamp (`'2016-03-14T01:59:00Z'`). */
  timestampEquals: Compare<T, string, Vars>;
  timestampEqualsPath: ComparePaths<T, string, Vars>;
  timestampLessThan: Compare<T, string, Vars>;
  timestampLessThanPath: ComparePaths<T, string, Vars>;
  timestampGreaterThan: Compare<T, string, Vars>;
  timestampGreaterThanPath: ComparePaths<T, string, Vars>;
  timestampLessThanEquals: Compare<T, string, Vars>;
  timestampLessThanEqualsPath: ComparePaths<T, string, Vars>;
  timestampGreaterThanEquals: Compare<T, string, Vars>;
  timestampGreaterThanEqualsPath: ComparePaths<T, string, Vars>;
  isNull: TypeTest<T, null, Vars>;
  /** `true` narrows an optional key to a present one. */
  isPresent: TypeTest<T, unknown, Vars>;
  isNumeric: TypeTest<T, number, Vars>;
  isString: TypeTest<T, string, Vars>;
  isBoolean: TypeTest<T, boolean, Vars>;
  isTimestamp: TypeTest<T, string, Vars>;
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
