export declare function memoryBytesFrom(env: Record<string, string | undefined>): number;
export declare class ByteBoundCache<V> {
  constructor(maxBytes: number, maxEntryBytes?: number);
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly bytes: number;
  readonly entries: Map<string, { value: V; bytes: number }>;
  get(key: string): V | undefined;
  fits(bytes: number): boolean;
  set(key: string, value: V, bytes: number): void;
  delete(key: string): void;
}
