import { parseResource } from '../../integrations/index.js';

/**
 * A shape of an AWS service model, as scripts/test-state/generate-service-shapes.ts keeps it: member
 * names as Step Functions passes them on (first letter upper case), other shapes named by key.
 */
export type ModelShape =
  | { readonly type: 'structure'; readonly members: Readonly<Record<string, string>>; readonly required?: readonly string[] }
  | { readonly type: 'list'; readonly member: string }
  | { readonly type: 'map'; readonly value: string }
  | { readonly type: 'string' | 'blob'; readonly min?: number; readonly enum?: readonly string[] }
  | { readonly type: 'timestamp' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'document' };

/** The generated tables, loaded on first use (they are large, and only mock checks need them). */
export interface ShapeTables {
  readonly RESPONSE_SHAPES: Readonly<Record<string, string>>;
  readonly MODEL_SHAPES: Readonly<Record<string, ModelShape>>;
}

let tables: Promise<ShapeTables> | undefined;

/**
 * The response shape a Task's mocked result is checked against, with the table to resolve it in; none
 * for Lambda function ARNs, activities, the HTTP Task, `.sync` jobs (their result is the job's
 * description) and the actions the generated tables leave out.
 */
export async function responseShapeOf(resource: string): Promise<{ readonly shape: ModelShape; readonly shapes: ShapeTables['MODEL_SHAPES'] } | undefined> {
  const parsed = parseResource(resource);
  let key: string;
  if (parsed.kind === 'optimized' && (parsed.pattern === 'request-response' || parsed.pattern === 'waitForTaskToken')) key = `${parsed.service}:${parsed.action}`;
  else if (parsed.kind === 'aws-sdk') key = `aws-sdk:${parsed.service}:${parsed.action}`;
  else return undefined;
  tables ??= import('./service-shapes.generated.js');
  const { RESPONSE_SHAPES, MODEL_SHAPES } = await tables;
  const name = Object.hasOwn(RESPONSE_SHAPES, key) ? RESPONSE_SHAPES[key] : undefined;
  const shape = name === undefined ? undefined : MODEL_SHAPES[name];
  return shape === undefined ? undefined : { shape, shapes: MODEL_SHAPES };
}
