import { ApiError, errorMessage } from '../../lib/call';

export interface AutosaveCallbacks {
  send(key: string, value: unknown): Promise<void>;
  onState(state: { pending: number; error: string | null; savedAt: Date | null }): void;
}

interface Slot {
  value: unknown;
  dirty: boolean;
  inFlight: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

const RETRY_MS = 2000;

/**
 * Saves each answer key as soon as it changes: at most one request per key in flight, the latest value wins,
 * typing is coalesced by a short delay, and a save that could not reach main is retried until it can.
 */
export class AutosaveQueue {
  private readonly slots = new Map<string, Slot>();
  private error: string | null = null;
  private savedAt: Date | null = null;

  constructor(private readonly callbacks: AutosaveCallbacks) {}

  put(key: string, value: unknown, delayMs = 0): void {
    const slot = this.slots.get(key) ?? { value, dirty: false, inFlight: false, timer: null };
    slot.value = value;
    slot.dirty = true;
    this.slots.set(key, slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = delayMs > 0 ? setTimeout(() => this.flushKey(key), delayMs) : null;
    if (delayMs === 0) this.flushKey(key);
    this.report();
  }

  /** Sends everything still waiting for its typing delay (on blur, before leaving a screen). */
  flush(): void {
    for (const key of this.slots.keys()) this.flushKey(key);
  }

  get pending(): number {
    let n = 0;
    for (const slot of this.slots.values()) if (slot.dirty || slot.inFlight) n += 1;
    return n;
  }

  private flushKey(key: string): void {
    const slot = this.slots.get(key);
    if (!slot || slot.inFlight || !slot.dirty) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.dirty = false;
    slot.inFlight = true;
    const value = slot.value;
    this.callbacks.send(key, value).then(
      () => {
        slot.inFlight = false;
        this.error = null;
        this.savedAt = new Date();
        if (slot.dirty) this.flushKey(key);
        else this.slots.delete(key);
        this.report();
      },
      (error: unknown) => {
        slot.inFlight = false;
        this.error = errorMessage(error);
        if (error instanceof ApiError && error.code === 'UNREACHABLE') {
          // Main is gone for a moment (restart, sleep): keep the value and try again.
          if (!slot.dirty) slot.dirty = true;
          slot.timer = setTimeout(() => this.flushKey(key), RETRY_MS);
        } else if (!slot.dirty) {
          this.slots.delete(key);
        }
        this.report();
      },
    );
  }

  private report(): void {
    this.callbacks.onState({ pending: this.pending, error: this.error, savedAt: this.savedAt });
  }
}
