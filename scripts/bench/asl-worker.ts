// Runs asl-validator on fixtures in a worker thread, so that a fixture it never finishes cannot stall
// the benchmark: its time grows exponentially with Parallel nesting (about 1.6x per level: 7 s at 20
// levels, 107 s at 24), so the 41-level nesting fixture would run for ages.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type AslVerdict = { readonly kind: 'valid' | 'invalid' } | { readonly kind: 'threw' | 'timeout'; readonly message: string };

const TIMEOUT_MS = 5_000;

/** The worker, as CommonJS source: it validates each definition it is sent and answers with the verdict. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const validate = require(workerData.aslValidatorPath);
parentPort.on('message', (definition) => {
  try {
    parentPort.postMessage({ kind: validate(definition).isValid ? 'valid' : 'invalid' });
  } catch (error) {
    parentPort.postMessage({ kind: 'threw', message: String(error) });
  }
});
`;

/** One worker at a time, replaced after a timeout; `close()` it when done. */
export class AslWorker {
  readonly #path = createRequire(import.meta.url).resolve('asl-validator');
  #worker: Worker | undefined;

  /** Sends a copy of `definition` (structured clone) and waits at most 5 s for the verdict. */
  async check(definition: unknown): Promise<AslVerdict> {
    const worker = (this.#worker ??= new Worker(WORKER_SOURCE, { eval: true, workerData: { aslValidatorPath: this.#path } }));
    return new Promise<AslVerdict>((resolve) => {
      const finish = (verdict: AslVerdict): void => {
        clearTimeout(timer);
        worker.off('message', finish);
        worker.off('error', onError);
        resolve(verdict);
      };
      const onError = (error: Error): void => {
        this.#worker = undefined;
        finish({ kind: 'threw', message: String(error) });
      };
      const timer = setTimeout(() => {
        this.#worker = undefined;
        void worker.terminate();
        finish({ kind: 'timeout', message: `no answer within ${TIMEOUT_MS / 1000} s` });
      }, TIMEOUT_MS);
      worker.on('message', finish);
      worker.on('error', onError);
      worker.postMessage(definition);
    });
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }
}
