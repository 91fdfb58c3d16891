import { describe, expect, it } from 'vitest';
import { workflow } from 'statewright';

describe('toAsl({ validate: false })', () => {
  it('skips the check, for placeholders a deployment tool substitutes; toAsl() refuses them', () => {
    const wf = workflow('W').task('Call', { resource: '${CallArn}' });
    expect(wf.toAsl({ validate: false }).States.Call).toEqual({ Type: 'Task', Resource: '${CallArn}', End: true });
    expect(() => wf.toAsl()).toThrow(/Resource/);
  });
});
