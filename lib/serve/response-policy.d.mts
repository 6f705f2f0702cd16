export declare const PRIVATE_HEADERS: string[];
export declare function securityHeaderMap(): Record<string, string>;
export declare function sharedStorable(cc: string): boolean;
export type LiveNow = { table: readonly import('../http/cache-policy.mjs').LiveEntry[]; at: number };
export declare function liveCacheControl(path: string, live: LiveNow | undefined): string | null;
export declare function finalHeaders(status: number, path: string, headers: Record<string, string | string[] | number | undefined>, live?: LiveNow): Record<string, string | string[] | number>;
export declare function withVary(vary: string, names: string[]): string;
