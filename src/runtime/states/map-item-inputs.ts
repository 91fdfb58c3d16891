import type { JsonObject } from '../../asl/index.js';
import { pathScope, type DataScope } from '../data-flow.js';
import { evaluateTemplate } from '../template.js';
import type { MapSettings } from './map-settings.js';

/**
 * Each iteration's input before ItemBatcher: the item (an object's entry as `{ Key, Value }`), or
 * `selector` evaluated with `$$.Map.Item` (`Index`, `Value`, and `Key` for an object's entry).
 */
export function itemInputs(selector: JsonObject | undefined, settings: MapSettings, effective: unknown, scope: DataScope): unknown[] {
  const { items, keys } = settings;
  if (selector === undefined) return keys === undefined ? items : items.map((Value, Index) => ({ Key: keys[Index], Value }));
  return items.map((Value, Index) => {
    const Key = keys?.[Index];
    const Item = Key === undefined ? { Index, Value } : { Index, Key, Value };
    return evaluateTemplate(selector, pathScope(effective, { ...scope, context: { ...scope.context, Map: { Item } } }), scope.random);
  });
}
