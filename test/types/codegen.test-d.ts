import { describe, expectTypeOf, it } from 'vitest';
import { importAsl, UnsupportedFeatureError, type ImportAslOptions, type UnsupportedFeature } from 'statewright/codegen';

describe('statewright/codegen types', () => {
  it('importAsl takes any definition value and returns the module source', () => {
    expectTypeOf(importAsl).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(importAsl).parameter(1).toEqualTypeOf<ImportAslOptions | undefined>();
    expectTypeOf(importAsl).returns.toEqualTypeOf<string>();
    expectTypeOf<ImportAslOptions>().toEqualTypeOf<{ readonly name?: string; readonly inputSample?: unknown }>();
    // @ts-expect-error: the name is a string
    importAsl({}, { name: 1 });
    // @ts-expect-error: there is no such option
    importAsl({}, { out: 'workflow.ts' });
  });

  it('UnsupportedFeatureError lists read-only features, each with its field and pointer', () => {
    expectTypeOf<UnsupportedFeatureError['features']>().toEqualTypeOf<readonly UnsupportedFeature[]>();
    expectTypeOf<UnsupportedFeature>().toEqualTypeOf<{ readonly state?: string; readonly field: string; readonly pointer: string; readonly message: string }>();
    const feature: UnsupportedFeature = { field: 'Catch', pointer: '/States/A/Catch', message: 'State "A": its "Catch" field' };
    const error = new UnsupportedFeatureError([feature]);
    // @ts-expect-error: features are read-only
    error.features = [];
  });
});
