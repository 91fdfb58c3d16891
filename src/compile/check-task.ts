import { isResourceAllowedForType, parseResource } from '../integrations/resource.js';
import { pointer } from '../internal/json-pointer.js';
import { atMostOne } from './check-kinds.js';
import type { CheckContext } from './context.js';

/** Task checks beyond the schema: a recognised resource the machine type allows, and coherent timeouts. */
export function checkTask(ctx: CheckContext, state: Record<string, unknown>, path: string): void {
  const resource = state.Resource;
  if (typeof resource === 'string') {
    const resourcePath = pointer(path, 'Resource');
    const parsed = parseResource(resource);
    if (parsed.kind === 'invalid') {
      ctx.report.schema(resourcePath, parsed.message);
    } else {
      const refusal = isResourceAllowedForType(parsed, ctx.machineType);
      if (refusal !== undefined) ctx.report.schema(resourcePath, refusal);
    }
  }
  atMostOne(ctx, state, path, ['TimeoutSeconds', 'TimeoutSecondsPath']);
  atMostOne(ctx, state, path, ['HeartbeatSeconds', 'HeartbeatSecondsPath']);
  const { TimeoutSeconds: timeout, HeartbeatSeconds: heartbeat } = state;
  if (typeof timeout === 'number' && typeof heartbeat === 'number' && heartbeat >= timeout) {
    ctx.report.schema(pointer(path, 'HeartbeatSeconds'), `'HeartbeatSeconds' (${heartbeat}) must be smaller than 'TimeoutSeconds' (${timeout})`);
  }
}
