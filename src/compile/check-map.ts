import { ItemProcessorSchema } from '../asl/index.js';
import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { checkContainer, tooDeep } from './check-container.js';
import { atMostOne, exactlyOne } from './check-kinds.js';
import type { CheckContext } from './context.js';

const MAX_LABEL_LENGTH = 40;
/** Characters AWS refuses in names such as a Map Run label, besides whitespace and control characters. */
const FORBIDDEN_PUNCTUATION = new Set('<>{}[]?*"#%\\^|~`$&,;:/');

/** The first character AWS refuses in a name such as a Map Run label, if any. */
function forbiddenCharacter(name: string): string | undefined {
  for (const character of name) {
    const code = character.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/u.test(character) || FORBIDDEN_PUNCTUATION.has(character)) return character;
  }
  return undefined;
}

/** Map checks beyond the schema: one processor (walked as a scope), exclusive field pairs, the Label. */
export function checkMap(ctx: CheckContext, state: Record<string, unknown>, path: string, depth: number): void {
  exactlyOne(ctx, state, path, ['ItemProcessor', 'Iterator']);
  atMostOne(ctx, state, path, ['ItemSelector', 'Parameters']);
  for (const field of ['MaxConcurrency', 'ToleratedFailureCount', 'ToleratedFailurePercentage']) {
    atMostOne(ctx, state, path, [field, `${field}Path`]);
  }
  const batcher = state.ItemBatcher;
  if (isJsonObject(batcher)) {
    const batcherPath = pointer(path, 'ItemBatcher');
    atMostOne(ctx, batcher, batcherPath, ['MaxItemsPerBatch', 'MaxItemsPerBatchPath']);
    atMostOne(ctx, batcher, batcherPath, ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath']);
  }
  const reader = state.ItemReader;
  if (isJsonObject(reader) && isJsonObject(reader.ReaderConfig)) {
    atMostOne(ctx, reader.ReaderConfig, pointer(pointer(path, 'ItemReader'), 'ReaderConfig'), ['MaxItems', 'MaxItemsPath']);
  }
  if (typeof state.Label === 'string') checkLabel(ctx, state.Label, pointer(path, 'Label'));
  if (tooDeep(ctx, path, depth)) return;
  for (const field of ['ItemProcessor', 'Iterator']) {
    const processor = state[field];
    if (isJsonObject(processor)) checkContainer(ctx, ItemProcessorSchema, processor, pointer(path, field), depth + 1);
  }
}

function checkLabel(ctx: CheckContext, label: string, path: string): void {
  const character = forbiddenCharacter(label);
  if (label.length > MAX_LABEL_LENGTH) {
    ctx.report.error('INVALID_LABEL_NAME', path, `Label must be at most ${MAX_LABEL_LENGTH} characters long`);
  } else if (character !== undefined) {
    ctx.report.error('INVALID_LABEL_NAME', path, `Label contains the character ${JSON.stringify(character)}, which is not allowed`);
  }
  if (ctx.labels.has(label)) ctx.report.error('DUPLICATE_LABEL_NAME', path, `Duplicate Map label: ${label}`);
  ctx.labels.add(label);
}
