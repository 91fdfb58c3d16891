import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { importAsl, UnsupportedFeatureError } from '../../../src/codegen/index.js';
import { aslOf, repositoryRoot, scratchFolder } from '../import-round-trip.js';
import { buildMachine, definition, machineSpec, type ScopeSpec } from './definition.js';
import { validatesClean } from './properties.js';

/** The builder's source: generated modules import it directly, so they load under vitest and tsx alike. */
const BUILDER = pathToFileURL(join(repositoryRoot, 'src', 'index.ts')).href;

/** Whether a scope is JSONPath throughout. */
const jsonPathOnly = (scope: ScopeSpec): boolean => scope.every((state) => state.language === 'JSONPath' && state.scopes.every(jsonPathOnly));

/** `value` without its `Assign` fields, at any depth. */
function withoutAssign(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAssign);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'Assign').map(([key, item]) => [key, withoutAssign(item)]));
}

/**
 * Generated definitions, half of them as generated (JSONata states and machines, variables), half
 * JSONPath throughout without `QueryLanguage` and `Assign`.
 */
export const importable: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { arbitrary: definition, weight: 1 },
  { arbitrary: machineSpec.filter((spec) => spec.language === 'JSONPath' && jsonPathOnly(spec.scope)).map((spec) => withoutAssign(buildMachine({ ...spec, explicitLanguage: false })) as Record<string, unknown>), weight: 1 },
);

/** What the import property saw: definitions imported and given back, and those refused. */
export interface ImportCounts {
  imported: number;
  refused: number;
}

/**
 * `import` then compile round-trips: a generated definition the validator accepts is either refused
 * with an `UnsupportedFeatureError` (never another exception), or its generated module, loaded,
 * gives back a deep-equal definition. Modules are written under `temp/`; call `dispose` at the end.
 */
export function importRoundTrip(): { property: fc.IAsyncPropertyWithHooks<[Record<string, unknown>]>; counts: ImportCounts; dispose: () => void } {
  const folder = scratchFolder('import-fuzz-');
  const counts: ImportCounts = { imported: 0, refused: 0 };
  const property = fc.asyncProperty(importable, async (generated) => {
    fc.pre(validatesClean(generated));
    let source: string;
    try {
      source = importAsl(generated, { name: 'Imported' });
    } catch (error) {
      if (!(error instanceof UnsupportedFeatureError)) throw error;
      counts.refused += 1;
      return;
    }
    counts.imported += 1;
    const file = folder.write(`fuzz-${String(counts.imported)}`, source.replace("from 'statewright';", `from '${BUILDER}';`));
    const back = aslOf((await import(file)) as Record<string, unknown>);
    if (!isDeepStrictEqual(back, generated)) throw new Error(`toAsl() differs from the definition:\n${JSON.stringify(generated)}\n${JSON.stringify(back)}\n${source}`);
  });
  return { property, counts, dispose: () => { folder.dispose(); } };
}
