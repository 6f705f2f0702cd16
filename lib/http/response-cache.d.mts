import type { Coding } from './encoding.mjs';

type Headers = Record<string, string | string[] | undefined>;
export type Entry = {
  status: number;
  headers: Record<string, string | string[]>;
  bodies: Partial<Record<Coding, Buffer>>;
  storedAt: number;
  fresh: number;
  stale: number;
  size: number;
  /** Text worth compressing: it gets a validator of its own, and its codings. */
  compressible: boolean;
  /** Compressed at the best setting (or on its way to it). */
  best: boolean;
  /** Expired from this instant on (the next publication instant: lib/clock/schedule.mjs). */
  until?: number;
  /** From this instant on, its Cache-Control is capped to `until` (./front.mjs). */
  capFrom?: number;
  /** The next publication instant after it was stored (./front.mjs). */
  capAt?: number;
};
export declare function isSharedRequest(method: string | undefined, url: string | undefined, headers: Headers): boolean;
export declare function isSaveData(headers: Headers): boolean;
export declare function storableFor(status: number, headers: Headers): { fresh: number; stale: number } | null;
export declare function capFreshness(cacheControl: string, age: number, secondsLeft: number): string;
export declare function stateAt(entry: Pick<Entry, 'storedAt' | 'fresh' | 'stale' | 'until'>, now: number): 'fresh' | 'stale' | 'expired';
export declare class ResponseCache {
  constructor(maxBytes: number);
  readonly maxBytes: number;
  readonly bytes: number;
  fits(bytes: number): boolean;
  peek(key: string): Entry | undefined;
  get(key: string): Entry | undefined;
  set(key: string, entry: Entry): void;
  delete(key: string): void;
}
