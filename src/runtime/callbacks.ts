import { AslError } from './errors.js';
import { checkJsonValue } from './json-value.js';

/** A task waiting for its token: what SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat reach. */
interface Waiter {
  readonly succeed: (output: unknown) => void;
  readonly fail: (error: AslError) => void;
  readonly beat: () => void;
}

/** The `.waitForTaskToken` tasks of one execution, by token. */
export class Callbacks {
  private readonly waiting = new Map<string, Waiter>();

  /** Waits for the token's callback; `beat` runs on each heartbeat. */
  wait(token: string, beat: () => void): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.waiting.set(token, {
        succeed: (output) => {
          this.waiting.delete(token);
          resolve(output);
        },
        fail: (error) => {
          this.waiting.delete(token);
          reject(error);
        },
        beat,
      });
    });
  }

  /** Forgets a token whose task ended otherwise (timeout, cancellation). */
  forget(token: string): void {
    this.waiting.delete(token);
  }

  sendTaskSuccess(token: string, output: unknown): void {
    checkJsonValue(output, `The output sent for task token '${token}'`);
    this.waiter(token).succeed(output);
  }

  sendTaskFailure(token: string, error = '', cause = ''): void {
    this.waiter(token).fail(new AslError(error, cause));
  }

  sendTaskHeartbeat(token: string): void {
    this.waiter(token).beat();
  }

  private waiter(token: string): Waiter {
    const waiter = this.waiting.get(token);
    if (waiter === undefined) throw new AslError('TaskDoesNotExist', `No task is waiting for the token '${token}'`);
    return waiter;
  }
}
