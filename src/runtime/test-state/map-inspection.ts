import { StatesExceedToleratedFailureThreshold } from '../errors.js';
import type { MapSettings } from '../states/map-settings.js';
import type { Inspection } from './test-run.js';
import type { TestStateConfiguration } from './types.js';

/** The Map fields these helpers read, in either query language. */
interface MapFields {
  readonly ItemReader?: { readonly ReaderConfig?: { readonly InputType?: string | undefined } | undefined } | undefined;
  readonly Retry?: readonly unknown[] | undefined;
  readonly Catch?: readonly unknown[] | undefined;
}

/** The items a Distributed Map's ItemReader read, from `mapItemReaderData` (JSON sources only); undefined without an ItemReader. */
export function readerItems(state: MapFields, configuration: TestStateConfiguration | undefined): unknown[] | undefined {
  if (state.ItemReader === undefined) return undefined;
  const data = configuration?.mapItemReaderData;
  const inputType = state.ItemReader.ReaderConfig?.InputType ?? 'JSON';
  if (data === undefined || inputType !== 'JSON') return [];
  const items: unknown = JSON.parse(data);
  return Array.isArray(items) ? (items as unknown[]) : [];
}

/** `maxConcurrency` always (0 = no limit); the tolerated failures where the state sets them. */
export function inspectMapSettings(inspection: Inspection, settings: MapSettings): void {
  inspection.maxConcurrency = settings.maxConcurrency;
  if (settings.toleratedFailureCount !== undefined) inspection.toleratedFailureCount = settings.toleratedFailureCount;
  if (settings.toleratedFailurePercentage !== undefined) inspection.toleratedFailurePercentage = settings.toleratedFailurePercentage;
}

/**
 * `mapIterationFailureCount` against the tolerated failures. AWS weighs it only for a Map with a
 * Retry or Catch (a plain Map with a mocked result succeeds whatever the count): more failures than
 * tolerated (none by default) raise States.ExceedToleratedFailureThreshold.
 */
export function checkFailureCount(state: MapFields, settings: MapSettings, configuration: TestStateConfiguration | undefined): void {
  const failures = configuration?.mapIterationFailureCount ?? 0;
  if (failures === 0 || (state.Retry === undefined && state.Catch === undefined)) return;
  const { toleratedFailureCount: count, toleratedFailurePercentage: percentage } = settings;
  const overCount = count !== undefined && failures > count;
  const overPercentage = percentage !== undefined && settings.items.length > 0 && (failures / settings.items.length) * 100 > percentage;
  const untolerated = count === undefined && percentage === undefined;
  if (overCount || overPercentage || untolerated) {
    throw new StatesExceedToleratedFailureThreshold('The specified tolerated failure threshold was exceeded');
  }
}
