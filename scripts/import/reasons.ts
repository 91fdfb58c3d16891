import type { UnsupportedFeature } from '../../src/codegen/index.js';

/** A short label of why the DSL cannot express a feature: the state kind or the field. */
export function reasonOf(feature: UnsupportedFeature): string {
  if (feature.field === 'Type') return feature.message.replace(/^State "(?:[^"\\]|\\.)*": /, '');
  if (feature.message.includes('legacy')) return `legacy Map ${feature.field}`;
  if (feature.message.includes('inside a condition')) return 'Comment inside a condition';
  if (feature.message.includes('constant "Condition"')) return 'constant Condition';
  if (feature.message.includes('field of Choice rule')) return `Choice rule ${feature.field}`;
  if (feature.message.includes('field of catcher')) return `catcher ${feature.field}`;
  if (feature.message.includes('in JSONata (')) return `JSONata ${feature.field}`;
  return feature.state === undefined ? `machine ${feature.field}` : feature.field;
}

/** Counts by label, largest first. */
export function tally(labels: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
