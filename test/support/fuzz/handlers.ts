import { AslError, type TaskHandler } from '../../../src/runtime/index.js';

const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:';

/**
 * Task resources the generated definitions call, each with a fixed behaviour, so any generated Task
 * runs offline: `Echo` returns its input, `Boom` fails with `Custom.Boom`, `Flaky` fails its first
 * attempt with a plain throw (`States.TaskFailed`), `Sleepy` sleeps 30 s of virtual time, `Never`
 * never settles (only generated with `TimeoutSeconds`).
 */
export const taskResources: Readonly<Record<string, TaskHandler>> = {
  [`${FUNCTION}Echo`]: (input) => input,
  [`${FUNCTION}Boom`]: () => {
    throw new AslError('Custom.Boom', 'boom');
  },
  [`${FUNCTION}Flaky`]: (input, context) => {
    if (context.retryCount === 0) throw new Error('flaky');
    return { recovered: input };
  },
  [`${FUNCTION}Sleepy`]: async (input, context) => {
    await context.sleep(30);
    return input;
  },
  [`${FUNCTION}Never`]: () => new Promise(() => undefined),
};

/** The resources that settle on their own. */
export const SETTLING_RESOURCES = ['Echo', 'Boom', 'Flaky', 'Sleepy'].map((name) => `${FUNCTION}${name}`);
/** The resource that needs a `TimeoutSeconds`. */
export const NEVER_RESOURCE = `${FUNCTION}Never`;
