import { StatesRuntime } from './errors.js';
import type { HistoryEvent, HistoryEventType } from './history-event.js';

/** `inputDetails` / `outputDetails` of every payload: the executor never truncates. */
export const NOT_TRUNCATED = Object.freeze({ truncated: false as const });

/** Fields of an event besides its envelope. */
export type EventDetails = Omit<HistoryEvent, 'id' | 'previousEventId' | 'timestamp' | 'type'>;

/**
 * Numbers and keeps history events. Every event counts against the limit, also when recording is
 * off; passing it fails the execution as AWS does.
 */
export class History {
  readonly events: HistoryEvent[] = [];
  private count = 0;

  constructor(
    private readonly now: () => number,
    private readonly limit: number,
    private readonly recording: boolean,
  ) {}

  /** Records one event after `previousEventId` and returns its id. */
  add(type: HistoryEventType, previousEventId: number, details?: EventDetails): number {
    const id = ++this.count;
    if (id > this.limit) {
      throw new StatesRuntime(`The execution reached the maximum number of history events (${this.limit}).`);
    }
    if (this.recording) this.events.push({ id, previousEventId, timestamp: this.timestamp(), type, ...details });
    return id;
  }

  /** True once an event was refused for the limit: the execution can only end. */
  get exhausted(): boolean {
    return this.count > this.limit;
  }

  /** Records an event even past the limit: the one that ends the execution. */
  addFinal(type: HistoryEventType, previousEventId: number, details?: EventDetails): void {
    const id = ++this.count;
    if (this.recording) this.events.push({ id, previousEventId, timestamp: this.timestamp(), type, ...details });
  }

  private lastTimestamp = new Date(Number.NaN);

  /** Events recorded at the same instant share one Date. */
  private timestamp(): Date {
    const now = this.now();
    if (now !== this.lastTimestamp.getTime()) this.lastTimestamp = new Date(now);
    return this.lastTimestamp;
  }
}
