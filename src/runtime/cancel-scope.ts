import type { AslError } from './errors.js';

/**
 * Stops a part of an execution: the whole run (stop, timeout) or one Parallel branch or Map
 * iteration whose siblings failed. Cancelling a scope cancels its children.
 */
export class CancelScope {
  private reasonValue: AslError | undefined;
  private readonly listeners = new Set<(reason: AslError) => void>();

  constructor(parent?: CancelScope) {
    parent?.onCancel((reason) => {
      this.cancel(reason);
    });
  }

  isCancelled(): boolean {
    return this.reasonValue !== undefined;
  }

  get reason(): AslError | undefined {
    return this.reasonValue;
  }

  cancel(reason: AslError): void {
    if (this.reasonValue !== undefined) return;
    this.reasonValue = reason;
    for (const listener of this.listeners) listener(reason);
    this.listeners.clear();
  }

  /** Calls `listener` on cancellation; returns the function that removes it. */
  onCancel(listener: (reason: AslError) => void): () => void {
    if (this.reasonValue !== undefined) {
      listener(this.reasonValue);
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Throws the reason if the scope was cancelled. */
  throwIfCancelled(): void {
    if (this.reasonValue !== undefined) throw this.reasonValue;
  }
}
