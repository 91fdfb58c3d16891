/** One part of a definition the builder DSL cannot express. */
export interface UnsupportedFeature {
  /** The state it is in (absent for a machine-level field). */
  readonly state?: string;
  /** The ASL field (`Iterator`, `Condition`, …), or `Type` for a state kind the DSL lacks. */
  readonly field: string;
  /** A JSON pointer to it in the definition. */
  readonly pointer: string;
  /** What it is, for people. */
  readonly message: string;
}

/**
 * Thrown by `importAsl` when the definition uses a feature the builder DSL cannot express yet; it
 * lists every such place, each with its state, field and JSON pointer.
 *
 * @example
 * ```ts
 * import { importAsl, UnsupportedFeatureError } from 'statewright/codegen';
 *
 * try {
 *   importAsl({ StartAt: 'M', States: { M: { Type: 'Map', Iterator: { StartAt: 'A', States: { A: { Type: 'Succeed' } } }, End: true } } });
 * } catch (error) {
 *   if (error instanceof UnsupportedFeatureError) console.log(error.features[0]?.pointer); // '/States/M/Iterator'
 * }
 * ```
 */
export class UnsupportedFeatureError extends Error {
  override readonly name = 'UnsupportedFeatureError';
  /** Every place the DSL cannot express, in definition order. */
  readonly features: readonly UnsupportedFeature[];

  constructor(features: readonly UnsupportedFeature[]) {
    super(
      [`The definition uses ${features.length === 1 ? 'a feature' : `${features.length} features`} the DSL cannot express yet:`]
        .concat(features.map((f) => `  ${f.message} (#${f.pointer})`))
        .join('\n'),
    );
    this.features = features;
  }
}
