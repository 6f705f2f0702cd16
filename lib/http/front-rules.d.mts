export declare const PER_TRANSFER: Set<string>;
export declare const NOT_FORWARDED: Set<string>;
export declare function capFrom(entry: Pick<import('./response-cache.mjs').Entry, 'headers'>, at: number): number | undefined;
export declare function cacheBytesFrom(env: Record<string, string | undefined>): number;
export declare function etagOf(body: Buffer): string;
export declare function matchesEtag(ifNoneMatch: string | undefined, etag: string | undefined): boolean;
